package io.tally;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pure cores (plant model and capacity, ledger hashing, sampling, twin engine, KPI formulas,
 * the scheduling benchmark maths, lot numbers, SSCCs, GS1 element strings, label layouts and PDFs)
 * hold no Spring, no servlet and no JDBC: they are tested with plain JUnit and reused by the CLI
 * without starting the application.
 */
@AnalyzeClasses(packages = "io.tally", importOptions = ImportOption.DoNotIncludeTests.class)
class PureCoreArchitectureTest {
  static final String[] PURE_CORES = {
    "io.tally.plant.model..",
    "io.tally.ledger.chain..",
    "io.tally.quality.sampling..",
    "io.tally.twin.engine..",
    "io.tally.twin.model..",
    "io.tally.analytics.kpi..",
    "io.tally.scheduling.solver..",
    "io.tally.orders.model..",
    "io.tally.execution.lot..",
    "io.tally.traceability.sscc..",
    "io.tally.input.gs1..",
    "io.tally.labels.print..",
  };

  @ArchTest
  static final ArchRule pureCoresHaveNoSpring =
      noClasses()
          .that()
          .resideInAnyPackage(PURE_CORES)
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..")
          .allowEmptyShould(true)
          .because("pure cores are plain Java, tested without a Spring context");
}
