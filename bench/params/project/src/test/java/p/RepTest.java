package p;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.*;
class RepTest {
  @Test void one() { System.out.println("CP=" + System.getProperty("java.class.path")); }
  @Test void two() throws Exception {
    System.out.println("ARGS=" + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.println("SCL=" + ClassLoader.getSystemClassLoader());
    java.util.Enumeration<java.net.URL> e = ClassLoader.getSystemClassLoader().getResources("META-INF/MANIFEST.MF");
    while (e.hasMoreElements()) System.out.println("MF=" + e.nextElement());
    for (String c : new String[]{"com.kenai.jffi.Foreign","org.apache.maven.surefire.api.util.ReflectionUtils","org.junit.platform.launcher.Launcher","io.github.retire.booter.WorkerMain","org.apache.maven.surefire.booter.ForkedBooter"}) {
      try { Class<?> k = Class.forName(c); System.out.println("CLASS " + c + " VISIBLE " + k.getProtectionDomain().getCodeSource()); } catch (Throwable t) { System.out.println("CLASS " + c + " hidden"); }
    }
  }
}
