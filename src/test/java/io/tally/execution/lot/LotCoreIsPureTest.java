package io.tally.execution.lot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Lot numbering and lot rules are plain Java, so the CLI and other modules can use them freely. */
@AnalyzeClasses(
    packages = "io.tally.execution.lot",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LotCoreIsPureTest {
  @ArchTest
  static final ArchRule lotCoreHasNoSpring =
      noClasses()
          .that()
          .resideInAPackage("io.tally.execution.lot..")
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..")
          .because("the lot core is plain Java, tested without a Spring context");
}
