package vn.tiepdon.config.logging;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.Loader;
import ch.qos.logback.core.util.OptionHelper;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * Logback's start-up hook (registered in META-INF/services): configures {@link ProductionLogging}
 * in code, which saves about 100 ms of CPU at kiosk start against parsing an XML file.
 * <p>
 * It steps aside, and Logback's usual XML search runs, only when an XML file was chosen on purpose:
 * <ul>
 *   <li>the system property {@code logback.configurationFile} names a configuration Logback can
 *       find (a URL, a class path resource or an existing file, as Logback itself tries), say a
 *       support engineer's file with DEBUG for one package. One naming nothing is ignored with
 *       a warning status, as the jar's own logback.xml used to be the fallback then;</li>
 *   <li>a {@code logback-test.xml} is on the class path: tests log to target/test-logs.</li>
 * </ul>
 * A plain {@code logback.xml} on the class path does not take over: the jar ships none any more,
 * and one that a library happened to ship must not silently move the kiosk's log or stop the masking.
 */
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String chosen = chosenXmlConfiguration();
        if (chosen != null) {
            addInfo("Leaving configuration to Logback's XML search: " + chosen);
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ProductionLogging.configure(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The XML configuration chosen on purpose, or null when the built-in one applies. */
    String chosenXmlConfiguration() {
        ClassLoader loader = Loader.getClassLoaderOfObject(this); // the one Logback's XML search uses
        String named = OptionHelper.getSystemProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
        if (named != null) {
            if (isFindable(named, loader)) {
                return ClassicConstants.CONFIG_FILE_PROPERTY + "=" + named;
            }
            addWarn(ClassicConstants.CONFIG_FILE_PROPERTY + "=" + named + " names nothing readable;"
                    + " using the built-in configuration");
        }
        if (Loader.getResource(ClassicConstants.TEST_AUTOCONFIG_FILE, loader) != null) {
            return ClassicConstants.TEST_AUTOCONFIG_FILE + " on the class path";
        }
        return null;
    }

    /** Whether Logback would find a configuration under this name: the order it tries them in. */
    @SuppressWarnings("deprecation") // new URL(String) is exactly the test Logback applies
    private static boolean isFindable(String name, ClassLoader loader) {
        try {
            new URL(name);
            return true;
        } catch (MalformedURLException notAUrl) {
            File file = new File(name);
            return Loader.getResource(name, loader) != null || (file.exists() && file.isFile());
        }
    }
}
