package vn.tiepdon.sync.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The protocol is records and their JSON: the client and the server bring the transport. */
@AnalyzeClasses(packages = "vn.tiepdon.sync.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ProtocolIsPureTest {

    @ArchTest
    static final ArchRule noTransportNoStorage = noClasses().that().resideInAPackage("vn.tiepdon.sync.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..",
                    "org.apache.hc..", "io.javalin..", "javafx..")
            .because("both sides read the same records; how they travel and where they are kept is theirs");
}
