package io.github.retire.booter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the training JVM rehearses when the test classpath has junit-jupiter-params: the invocations
 * after a failed one, selected by index, one of them past the end, as the worker that takes them over
 * after a retirement runs them. So the parameterized-test machinery it loads is archived, and that
 * worker does not load it from jars on the critical path of the retirement.
 */
class ParameterizedFixture {
    static final String TEMPLATE = "[engine:junit-jupiter]/[class:" + ParameterizedFixture.class.getName()
            + "]/[test-template:warmsUp(int)]";

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void warmsUp(int value) {
        if (value < 1) {
            throw new AssertionError("parameterized fixture misbehaved");
        }
    }
}
