package retire.it.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Class with a display name")
class DisplayNameTest {

    @Test
    @DisplayName("method display name with spaces & <xml> chars")
    void displayNamed() {
        assertTrue(true);
    }

    @Test
    void plainName() {
        assertTrue(true);
    }
}
