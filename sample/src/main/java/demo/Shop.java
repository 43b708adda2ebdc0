package demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A deliberately naive shop: its currency is JVM-wide mutable state, like many real-world singletons. */
public final class Shop {

    /** The currency every price is shown in. Global, mutable, shared by everything in this JVM. */
    private static volatile String currency = "EUR";

    private Shop() {
    }

    public static String currency() {
        return currency;
    }

    public static void switchCurrency(String newCurrency) {
        currency = newCurrency;
    }

    /** Formats a price in cents, e.g. 1999 -> "19.99 EUR". */
    public static String format(long cents) {
        BigDecimal amount = BigDecimal.valueOf(cents).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
        return amount.toPlainString() + " " + currency;
    }

    /** Sum of the lines, formatted. */
    public static String total(long... lineCents) {
        long sum = 0;
        for (long c : lineCents) {
            sum += c;
        }
        return format(sum);
    }
}
