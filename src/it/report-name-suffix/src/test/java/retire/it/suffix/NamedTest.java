package retire.it.suffix;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A named class")
class NamedTest {
    @Test
    void passes() {
    }
}
