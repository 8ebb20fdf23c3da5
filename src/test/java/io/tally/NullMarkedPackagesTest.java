package io.tally;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the application is {@code @NullMarked} (JSpecify): a type is non-null unless it
 * says {@code @Nullable}. Annotations only for now; no checker runs in the build yet.
 */
class NullMarkedPackagesTest {
  @Test
  void everyPackageIsNullMarked() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tally");
    TreeSet<String> unmarked = new TreeSet<>();
    for (JavaClass c : classes) {
      if (!c.getPackage().isAnnotatedWith(NullMarked.class)) {
        unmarked.add(c.getPackageName());
      }
    }
    assertThat(classes).isNotEmpty();
    assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
  }
}
