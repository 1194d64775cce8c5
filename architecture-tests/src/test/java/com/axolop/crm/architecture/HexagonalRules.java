package com.axolop.crm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The module boundaries of DESIGN.md section 1, as ArchUnit rules. */
final class HexagonalRules {
    static final String DOMAIN = "com.axolop.crm.domain..";
    static final String APPLICATION = "com.axolop.crm.application..";
    static final String ADAPTERS = "com.axolop.crm.adapter..";
    static final String BOOTSTRAP = "com.axolop.crm.bootstrap..";
    static final String DEV_INFRA = "com.axolop.crm.devinfra..";
    static final String[] FRAMEWORKS = {"io.helidon..", "jakarta..", "javax.sql..", "java.sql..", "org.apache.kafka..",
            "org.redisson..", "freemarker..", "org.flywaydb..", "com.fasterxml..", "org.slf4j.."};

    private HexagonalRules() {
    }

    static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("domain and application hold plain Java; frameworks live in adapters");

    static final ArchRule DOMAIN_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, ADAPTERS, BOOTSTRAP, DEV_INFRA);

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, BOOTSTRAP, DEV_INFRA);

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices()
            .matching("com.axolop.crm.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("adapters meet only through application ports");

    static final ArchRule ONLY_BOOTSTRAP_SEES_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
            .because("bootstrap alone wires concrete adapters");

    static final ArchRule DEV_INFRA_IS_STANDALONE = noClasses()
            .that().resideInAPackage(DEV_INFRA)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, ADAPTERS, BOOTSTRAP);

    static final ArchRule USE_CASES_ARE_APPLICATION_INTERFACES = classes()
            .that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().resideInAPackage(APPLICATION);

    static final ArchRule USE_CASES_ARE_IMPLEMENTED_BY_SERVICES = classes()
            .that(implementAUseCase())
            .should().haveSimpleNameEndingWith("Service").andShould().resideInAPackage(APPLICATION);

    static final ArchRule SERVICES_IMPLEMENT_A_USE_CASE = classes()
            .that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Service")
            .should(new ArchCondition<>("implement a use case") {
                @Override
                public void check(JavaClass service, ConditionEvents events) {
                    boolean ok = implementAUseCase().test(service);
                    events.add(new SimpleConditionEvent(service, ok,
                            service.getName() + (ok ? " implements" : " does not implement") + " a *UseCase"));
                }
            });

    static final ArchRule POSTGRES_ADAPTERS_ARE_NAMED_FOR_POSTGRES = classes()
            .that().resideInAPackage("com.axolop.crm.adapter.postgres..").and(implementAnApplicationPort())
            .should().haveSimpleNameStartingWith("Postgres");

    private static DescribedPredicate<JavaClass> implementAUseCase() {
        return new DescribedPredicate<>("implement a *UseCase") {
            @Override
            public boolean test(JavaClass type) {
                return !type.isInterface() && type.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getSimpleName().endsWith("UseCase"));
            }
        };
    }

    private static DescribedPredicate<JavaClass> implementAnApplicationPort() {
        return new DescribedPredicate<>("implement an application port") {
            @Override
            public boolean test(JavaClass type) {
                return type.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith("com.axolop.crm.application"));
            }
        };
    }
}
