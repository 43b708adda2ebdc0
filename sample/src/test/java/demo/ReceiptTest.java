package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Innocent too: expects a JVM nobody has tampered with. */
class ReceiptTest {

    @Test
    void noRegionConfigured() {
        System.out.println("[ReceiptTest] running in pid " + ProcessHandle.current().pid()
                + ", shop.region=" + System.getProperty("shop.region"));
        assertNull(System.getProperty("shop.region"));
    }

    @Test
    void receiptLine() {
        assertEquals("5.00 EUR", Shop.format(500));
    }

    @Test
    void roundsToCents() {
        assertEquals("0.01 EUR", Shop.format(1));
    }
}
