package com.axolop.crm.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule holds for the production classes of every module. */
class HexagonalArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            .importPackages("com.axolop.crm");

    static Stream<ArchRule> rules() {
        return PlantedViolationsTest.RULES_AND_VIOLATORS.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holdsForTheProductionCode(ArchRule rule) {
        rule.check(PRODUCTION);
    }
}
