package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BasketTest {

    @Test
    void emptyBasketCostsNothing() {
        assertEquals("0.00 EUR", Shop.total());
    }

    @Test
    void addsUpLines() {
        System.out.println("[BasketTest] running in pid " + ProcessHandle.current().pid());
        assertEquals("30.50 EUR", Shop.total(1000, 2050));
    }
}
