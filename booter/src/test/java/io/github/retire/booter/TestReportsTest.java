package io.github.retire.booter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestReportsTest {

    @Test
    void surefire36AndLaterNameAClassFailure() {
        assertTrue(TestReports.surefireAtLeast36("3.6.0"));
        assertTrue(TestReports.surefireAtLeast36("3.6.0-M1"));
        assertTrue(TestReports.surefireAtLeast36("4.0.0-SNAPSHOT"));
        assertFalse(TestReports.surefireAtLeast36("3.5.4"));
        assertFalse(TestReports.surefireAtLeast36("3.5.6"));
        assertFalse(TestReports.surefireAtLeast36(null));
        assertFalse(TestReports.surefireAtLeast36("unknown"));
    }
}
