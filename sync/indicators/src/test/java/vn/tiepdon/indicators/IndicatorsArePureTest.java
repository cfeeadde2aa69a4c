package vn.tiepdon.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The indicator definitions are computed alike on a kiosk and on the central server, and tested without either: no
 * database, no network, no files, no screen, outside {@code indicators.io} (the .xlsx writer, given a stream).
 */
@AnalyzeClasses(packages = "vn.tiepdon.indicators", importOptions = ImportOption.DoNotIncludeTests.class)
class IndicatorsArePureTest {

    @ArchTest
    static final ArchRule definitionsDoNoIo = noClasses().that().resideInAPackage("vn.tiepdon.indicators")
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..",
                    "javafx..", "java.awt..", "org.dhatim..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
            .because("a figure on the dashboard must equal tiepdon stats: one pure computation for both");

    @ArchTest
    static final ArchRule theWorkbookWriterOnlyWritesAStream = noClasses()
            .that().resideInAPackage("vn.tiepdon.indicators.io")
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..")
            .because("the caller chooses where the workbook goes (a file on a kiosk, an HTTP answer on the server)");
}
