package p;
import static org.junit.jupiter.api.Assertions.fail;
import org.junit.jupiter.api.Test;
class FlakyTest {
  static int n;
  @Test void flaky() { if (n++ == 0) fail("first time"); }
}
