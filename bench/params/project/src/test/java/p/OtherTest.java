package p;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class OtherTest {
  @Test void fails() { fail("x"); }
  @Test void passes() throws Exception { Thread.sleep(200); }
}
