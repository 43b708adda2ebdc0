package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Innocent: correct on its own, fails only if it shares a JVM with CurrencySwitchTest's leftovers. */
class InvoiceTest {

    @Test
    void invoiceIsInEuros() {
        System.out.println("[InvoiceTest] running in pid " + ProcessHandle.current().pid()
                + ", currency " + Shop.currency());
        assertEquals("EUR", Shop.currency());
    }

    @Test
    void invoiceTotal() {
        assertEquals("99.99 EUR", Shop.total(9000, 999));
    }
}
