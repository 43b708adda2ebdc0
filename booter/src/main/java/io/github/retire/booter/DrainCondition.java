package io.github.retire.booter;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The drain on Jupiter 5.x, whose platform (1.x) cannot cancel an execution: once the worker's
 * {@link Drain} stopped it, every class, method and invocation that has not started yet is disabled,
 * so only the tests already running and the lifecycle of their classes run on. Jupiter finds it through
 * extension autodetection (META-INF/services), which the worker turns on for this class alone
 * ({@code junit.jupiter.extensions.autodetection.include}, Jupiter 5.12+); see {@link TestRunner}.
 * Dynamic tests ({@code @TestFactory}) are not asked: they start regardless.
 */
public final class DrainCondition implements ExecutionCondition {
    private static final ConditionEvaluationResult GO = ConditionEvaluationResult.enabled("not drained");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Drain drain = Drain.installed();
        if (drain == null || drain.admit(context.getUniqueId())) {
            return GO;
        }
        return ConditionEvaluationResult.disabled(Drain.REASON);
    }
}
