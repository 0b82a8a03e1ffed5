package dev.chargeback.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.context.annotation.Configuration;

/**
 * The package-by-feature shape of STYLE.md, kept by the build: a feature is a package {@code dev.chargeback.X} with
 * its public API at the root and its adapters and wiring in {@code X.internal}, which no other feature may use.
 */
@AnalyzeClasses(packages = "dev.chargeback", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {
    private static final String ROOT = "dev.chargeback.";

    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesInternals = classes()
            .should(new ArchCondition<JavaClass>("use no other feature's internal package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        String target = d.getTargetClass().getBaseComponentType().getPackageName();
                        if (isInternal(target) && !feature(target).equals(feature(origin.getPackageName()))) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            })
            .because("a feature's internal package holds its adapters, which it may change at will; other features"
                    + " use the public API at its root, so a change inside one feature stays in that feature");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInACycle = slices().matching("dev.chargeback.(*)..")
            .should().beFreeOfCycles()
            // The schema layer (dev.chargeback.db: jOOQ classes generated from sql/, and their converters) is where
            // every feature's store meets its own tables, and its converters name the features' value types
            // (YearMonth periods, RunId, FlowKind ...): it is below the features, not one of them. Which tables a
            // store may touch is the rule tablesAreUsedOnlyByAdapters below.
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(ROOT + "db.."))
            .ignoreDependency(resideInAPackage(ROOT + "db.."), DescribedPredicate.alwaysTrue())
            .because("features that depend on each other can only be understood, tested and changed together;"
                    + " a type both need belongs to the feature that owns it");

    @ArchTest
    static final ArchRule configurationsLiveBesideTheirAdapters = classes()
            .that().haveSimpleNameEndingWith("Configuration").or().areAnnotatedWith(Configuration.class)
            .should().resideInAPackage(ROOT + "*.internal")
            .because("a feature's Spring wiring constructs its package-private adapters, so it must sit in the same"
                    + " internal package");

    @ArchTest
    static final ArchRule tablesAreUsedOnlyByAdapters = noClasses()
            .that().resideOutsideOfPackages("..internal..", ROOT + "db..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "db..")
            .because("the jOOQ classes generated from sql/ are the database's shape: only a feature's stores read"
                    + " and write its tables, and every other class sees records");

    @ArchTest
    static final ArchRule noCatchAllPackages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..")
            .because("code lives with the feature it serves, named for what it is; a catch-all package collects"
                    + " code that belongs nowhere and that every feature then depends on");

    private static boolean isInternal(String packageName) {
        return packageName.startsWith(ROOT) && (packageName + ".").contains(".internal.");
    }

    /** {@code dev.chargeback.ledger.archive} and {@code dev.chargeback.ledger.internal} are both feature "ledger". */
    private static String feature(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return packageName;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
