package org.hearth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/**
 * The package rules of {@code docs/style.md}, checked on every build. A business component is any
 * package directly under {@code org.hearth} except {@code platform} and {@code shared}, so a new
 * component (media, kits, submissions, …) is born under these rules without being named here.
 *
 * <p>The rule for crossing components, as we mean it: another component may use a component's
 * {@code boundary} (its way in) and its {@code entity} (entities are shared, read-only in spirit:
 * a story refers to its organization, its audiences, its consent record); its {@code control},
 * {@code view} and any other package stay its own.
 */
@AnalyzeClasses(packages = "org.hearth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.hearth.";
    /** Not business components: what every component may use, and which uses none of them. */
    static final Set<String> FOUNDATIONS = Set.of("platform", "shared");
    /** The layers of a component other components may use. */
    static final Set<String> OPEN_LAYERS = Set.of("boundary", "entity");

    /** The business component {@code javaClass} belongs to, if any. */
    static Optional<String> component(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String component = name.substring(ROOT.length()).split("\\.")[0];
        return FOUNDATIONS.contains(component) ? Optional.empty() : Optional.of(component);
    }

    /** The layer ({@code boundary}, {@code control}, {@code entity}, {@code view}, …) of a component's class. */
    static String layer(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().substring(ROOT.length()).split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }

    /**
     * The one known violation, frozen by name: the story editor's checks panel ({@code StoryChecks})
     * runs the pre-publish checks, which sit in the {@code checks} component's root package rather
     * than behind a boundary. Moving them is a rename of a dozen classes and their tests; until then
     * this exact edge, and no other, is allowed.
     */
    static boolean knownViolation(JavaClass origin, JavaClass target) {
        return origin.getName().startsWith("org.hearth.story.boundary.StoryChecks")
                && target.getPackageName().equals("org.hearth.checks");
    }

    static final DescribedPredicate<JavaClass> IN_A_COMPONENT =
            DescribedPredicate.describe("belong to a business component", c -> component(c).isPresent());

    @ArchTest
    static final ArchRule aComponentIsEnteredOnlyThroughItsBoundaryOrItsEntities = classes()
            .that().resideInAPackage("org.hearth..")
            .should(new ArchCondition<JavaClass>("use another component only through its boundary or entity packages") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String> from = component(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        Optional<String> to = component(target);
                        if (to.isPresent() && !to.equals(from) && !OPEN_LAYERS.contains(layer(target))
                                && !knownViolation(origin, target)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule viewIsUsedByNothing = noClasses()
            .that().resideOutsideOfPackage("org.hearth..view..")
            .should().dependOnClassesThat().resideInAPackage("org.hearth..view..")
            .because("a view package holds Faces backing beans, which pages reach by name; no Java code calls them");

    /** Nor does one page's bean use another's, even in the same view package (shared helpers are not beans). */
    @ArchTest
    static final ArchRule aBackingBeanIsUsedByNoOtherClass = classes()
            .should(new ArchCondition<JavaClass>("use no backing bean but their own") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    JavaClass self = outermost(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = outermost(dependency.getTargetClass().getBaseComponentType());
                        if (target.getSimpleName().endsWith("Backing") && !target.equals(self)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    @ArchTest
    static final ArchRule platformAndSharedDependOnNoComponent = noClasses()
            .that().resideInAnyPackage("org.hearth.platform..", "org.hearth.shared..")
            .should().dependOnClassesThat(IN_A_COMPONENT)
            .because("every component builds on them, so they may not build on any component");

    @ArchTest
    static final ArchRule resourcesAndBackingBeansNeverTouchTheEntityManager = noClasses()
            .that().haveSimpleNameEndingWith("Resource").and().resideInAPackage("..boundary..")
            .or().haveSimpleNameEndingWith("Backing")
            .should().dependOnClassesThat().belongToAnyOf(jakarta.persistence.EntityManager.class,
                    jakarta.persistence.EntityManagerFactory.class, jakarta.persistence.Query.class,
                    jakarta.persistence.TypedQuery.class, jakarta.persistence.PersistenceContext.class)
            .because("they are thin adapters over a boundary, which owns the persistence");

    @ArchTest
    static final ArchRule controlsThrowNoHttpExceptions = noClasses()
            .that().resideInAPackage("org.hearth..control..")
            .should().dependOnClassesThat().areAssignableTo(jakarta.ws.rs.WebApplicationException.class)
            .orShould().dependOnClassesThat().areAssignableTo(jakarta.ws.rs.ProcessingException.class)
            .because("controls say what went wrong in business exceptions; the boundary and ProblemMapper map them to HTTP");

    @ArchTest
    static final ArchRule noCyclesBetweenComponents = slices()
            .matching("org.hearth.(*)..")
            .should().beFreeOfCycles()
            .because("dependencies run one way; the other direction is a CDI event");
}
