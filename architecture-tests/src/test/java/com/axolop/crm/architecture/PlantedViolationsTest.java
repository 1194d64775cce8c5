package com.axolop.crm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.axolop.crm.adapter.postgres.lead.PostgresLeadRepository;
import com.axolop.crm.adapter.postgres.planted.LeadStore;
import com.axolop.crm.adapter.rest.planted.RestUsingPostgres;
import com.axolop.crm.application.planted.ApplicationUsingAdapter;
import com.axolop.crm.application.planted.ApplicationUsingJdbc;
import com.axolop.crm.application.planted.ConcreteUseCase;
import com.axolop.crm.application.planted.LeadConverter;
import com.axolop.crm.application.planted.OrphanService;
import com.axolop.crm.devinfra.planted.DevInfraUsingDomain;
import com.axolop.crm.domain.planted.DomainUsingApplication;
import com.axolop.crm.domain.planted.DomainUsingJackson;
import com.axolop.crm.planted.ToolUsingAdapter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No rule can pass silently: each one reports a class planted to break it. */
class PlantedViolationsTest {
    static final Map<ArchRule, List<Class<?>>> RULES_AND_VIOLATORS = new LinkedHashMap<>();

    static {
        RULES_AND_VIOLATORS.put(HexagonalRules.CORE_IS_FRAMEWORK_FREE,
                List.of(DomainUsingJackson.class, ApplicationUsingJdbc.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.DOMAIN_DEPENDS_ON_NO_OTHER_MODULE, List.of(DomainUsingApplication.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN,
                List.of(ApplicationUsingAdapter.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.ADAPTERS_ARE_INDEPENDENT, List.of(RestUsingPostgres.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.ONLY_BOOTSTRAP_SEES_ADAPTERS, List.of(ToolUsingAdapter.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.DEV_INFRA_IS_STANDALONE, List.of(DevInfraUsingDomain.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.USE_CASES_ARE_APPLICATION_INTERFACES, List.of(ConcreteUseCase.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.USE_CASES_ARE_IMPLEMENTED_BY_SERVICES, List.of(LeadConverter.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.SERVICES_IMPLEMENT_A_USE_CASE, List.of(OrphanService.class));
        RULES_AND_VIOLATORS.put(HexagonalRules.POSTGRES_ADAPTERS_ARE_NAMED_FOR_POSTGRES, List.of(LeadStore.class));
    }

    static Stream<Arguments> plantedViolations() {
        return RULES_AND_VIOLATORS.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                .map(violator -> Arguments.of(entry.getKey(), violator)));
    }

    @ParameterizedTest
    @MethodSource("plantedViolations")
    void ruleReportsThePlantedViolation(ArchRule rule, Class<?> violator) {
        // The planted class plus a real class of its target module, so slice rules see both sides.
        EvaluationResult result = rule.evaluate(new ClassFileImporter()
                .importClasses(violator, PostgresLeadRepository.class));

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(violator.getName());
    }
}
