package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The culprit. It switches the JVM-wide currency and a system property, then fails before it gets to
 * restore them (no try/finally, no @AfterEach): everything that runs later in the same JVM is poisoned.
 */
class CurrencySwitchTest {

    @Test
    void convertsToDollars() {
        System.out.println("[CurrencySwitchTest] poisoning pid " + ProcessHandle.current().pid());
        Shop.switchCurrency("USD");
        System.setProperty("shop.region", "US");
        // Bug under test: the dollar format is wrong, so this fails and the clean-up below never runs.
        assertEquals("$12.00", Shop.format(1200));
        Shop.switchCurrency("EUR");
        System.clearProperty("shop.region");
    }

    @Test
    void currencyIsThreeLetters() {
        assertEquals(3, Shop.currency().length());
    }
}
