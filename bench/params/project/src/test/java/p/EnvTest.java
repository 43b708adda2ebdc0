package p;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
class EnvTest {
  @Test void env() {
    boolean ea = false;
    assert ea = true;
    System.out.println("ENV FOO=" + System.getenv("FOO") + " USER=" + (System.getenv("USER") != null) + " DIR=" + System.getProperty("user.dir") + " EA=" + ea + " TMP=" + System.getProperty("java.io.tmpdir") + " PROP=" + System.getProperty("myprop") + " ENC=" + System.getProperty("file.encoding"));
  }
  @Tag("slow") @Test void slow() { }
}
