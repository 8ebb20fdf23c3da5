package io.tally.traceability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The SSCC core is plain Java, usable by the command line without the application. */
@AnalyzeClasses(
    packages = "io.tally.traceability.sscc",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SsccPureCoreTest {
  @ArchTest
  static final ArchRule ssccHasNoSpring =
      noClasses()
          .that()
          .doNotHaveSimpleName("package-info")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..");
}
