package dev.archdoc.doclet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodePackage;
import dev.archdoc.doclet.model.CodeType;
import dev.archdoc.doclet.model.DecisionRef;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.DependencyKind;
import dev.archdoc.doclet.model.Prose;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The model of the shop fixture")
class FixtureModelTest {

  private final CodeModel model = ShopFixture.model();

  private CodeType type(String name) {
    return model.findType(name).orElseThrow(() -> new AssertionError("no type " + name));
  }

  private CodeMember member(String id) {
    return model.findMember(id).orElseThrow(() -> new AssertionError("no member " + id));
  }

  @Test
  void readsTheFixtureWithoutProblems() {
    assertEquals(List.of(), ShopFixture.result().problems());
  }

  @Test
  void hasEveryKindOfTypeIncludingNestedAndSealedOnes() {
    assertEquals(CodeType.Kind.CLASS, type("com.acme.shop.Order").kind());
    assertEquals(CodeType.Kind.INTERFACE, type("com.acme.shop.Catalog").kind());
    assertEquals(CodeType.Kind.ENUM, type("com.acme.shop.Status").kind());
    assertEquals(CodeType.Kind.RECORD, type("com.acme.shop.Money").kind());
    assertEquals(CodeType.Kind.ANNOTATION, type("com.acme.shop.Audited").kind());
    CodeType box = type("com.acme.shop.Shape.Box");
    assertEquals("com.acme.shop.Shape", box.enclosingType());
    assertEquals(CodeType.Kind.RECORD, box.kind());
    CodeType shape = type("com.acme.shop.Shape");
    assertTrue(shape.modifiers().contains("sealed"));
    assertEquals(List.of("com.acme.shop.Shape.Box", "com.acme.shop.Tube"), shape.permittedSubtypes());
  }

  @Test
  void keepsTypeParametersSupertypesAndModifiers() {
    CodeType order = type("com.acme.shop.Order");
    assertEquals(List.of("T extends java.lang.Comparable<T>"), order.typeParameters());
    assertEquals(List.of("java.lang.Comparable<com.acme.shop.Order<T>>"), order.interfaces());
    assertEquals(List.of("public"), order.modifiers());
    assertEquals("java.io.IOException", type("com.acme.shop.store.StoreException").superclass());
    assertNull(type("com.acme.shop.Tube").superclass(), "an implicit Object superclass is not shown");
  }

  @Test
  void hasEveryKindOfMemberWithCanonicalIds() {
    assertEquals(CodeMember.Kind.FIELD, member("com.acme.shop.Order#lines").kind());
    assertEquals(CodeMember.Kind.ENUM_CONSTANT, member("com.acme.shop.Status#SHIPPED").kind());
    assertEquals(CodeMember.Kind.RECORD_COMPONENT, member("com.acme.shop.Money#amount").kind());
    assertEquals(CodeMember.Kind.CONSTRUCTOR, member("com.acme.shop.Status#Status(java.lang.String)").kind());
    assertEquals(CodeMember.Kind.METHOD, member("com.acme.shop.Order#place(com.acme.shop.store.Repository)").kind());
    assertEquals(CodeMember.Kind.METHOD, member("com.acme.shop.Order#add(com.acme.shop.Money[])").kind());
    assertEquals(
        "public com.acme.shop.Money place(com.acme.shop.store.Repository repository) throws java.io.IOException",
        member("com.acme.shop.Order#place(com.acme.shop.store.Repository)").signature());
    assertEquals("com.acme.shop.Money...", member("com.acme.shop.Order#add(com.acme.shop.Money[])").parameters().get(0).type());
  }

  @Test
  void leavesOutWhatTheCompilerGeneratesButKeepsWhatIsWritten() {
    Set<String> money = type("com.acme.shop.Money").members().stream().map(CodeMember::id).collect(Collectors.toSet());
    assertTrue(money.contains("com.acme.shop.Money#currency()"), "an explicit accessor is kept");
    assertFalse(money.contains("com.acme.shop.Money#amount()"), "an implicit accessor is not");
    assertTrue(money.contains("com.acme.shop.Money#Money(java.math.BigDecimal,java.lang.String)"), "compact constructor");
    Set<String> status = type("com.acme.shop.Status").members().stream().map(CodeMember::name).collect(Collectors.toSet());
    assertFalse(status.contains("values"));
    assertFalse(type("com.acme.shop.Tube").members().isEmpty());
  }

  @Test
  void recordsSpansOfElementsInProjectRelativeFiles() {
    CodeMember place = member("com.acme.shop.Order#place(com.acme.shop.store.Repository)");
    assertEquals("src/main/java/com/acme/shop/Order.java", place.span().file());
    assertEquals(43, place.span().startLine());
    assertEquals(53, place.span().endLine());
    assertEquals(17, type("com.acme.shop.Order").span().startLine());
    assertEquals(66, type("com.acme.shop.Order").span().endLine());
  }

  @Test
  void rendersJavadocAsMarkdownWithCodeLinks() {
    CodeType order = type("com.acme.shop.Order");
    assertEquals("A customer's order.", order.doc().firstSentence());
    assertTrue(order.doc().body().contains("[`Money`](code:com.acme.shop.Money)"), order.doc().body());
    assertTrue(order.doc().body().contains("[the price lookup](code:com.acme.shop.Catalog#price(java.lang.Comparable))"));
    assertTrue(order.doc().body().contains("`Order.place()`"));
    assertEquals("see", order.doc().blockTags().get(0).name());
    assertEquals("com.acme.shop.Status", order.doc().blockTags().get(0).argument());
    CodeMember place = member("com.acme.shop.Order#place(com.acme.shop.store.Repository)");
    assertEquals(List.of("param", "return", "throws"), place.doc().blockTags().stream().map(t -> t.name()).toList());
    assertEquals("java.io.IOException", place.doc().blockTags().get(2).argument());
  }

  @Test
  void resolvesInheritDocFromTheOverriddenMethod() {
    assertEquals(
        "Looks an item up by key. Never slow.",
        member("com.acme.shop.InMemoryCatalog#price(java.lang.String)").doc().body());
  }

  @Test
  void givesRecordComponentsTheirParamText() {
    assertEquals("how much", member("com.acme.shop.Money#amount").doc().body());
  }

  @Test
  void readsDecisionsWrittenOnceRepeatedOrAsTheContainer() {
    CodePackage shop = model.findPackage("com.acme.shop").orElseThrow();
    assertEquals(List.of(new DecisionRef("ADR-1", "")), shop.decisions());
    assertEquals(
        List.of(new DecisionRef("ADR-2", ""), new DecisionRef("ADR-3", "lines are immutable")),
        type("com.acme.shop.Order").decisions());
    assertEquals(
        List.of("ADR-4", "ADR-5"),
        member("com.acme.shop.Order#place(com.acme.shop.store.Repository)").decisions().stream().map(DecisionRef::id).toList());
  }

  @Test
  void keepsAnnotationsWithTheirValues() {
    CodeMember amount = member("com.acme.shop.Money#amount");
    assertEquals("com.acme.shop.Audited", amount.annotations().get(0).type());
    assertTrue(type("com.acme.shop.Audited").annotations().stream().anyMatch(a -> a.values().get("value").endsWith("RUNTIME")));
  }

  @Test
  void attachesProseToTheFollowingElementTheEnclosingMemberOrTheFile() {
    assertEquals(
        List.of("An order collects lines until it is placed.\nAfter that it never changes."),
        type("com.acme.shop.Order").prose().stream().map(Prose::markdown).toList());
    List<Prose> place = member("com.acme.shop.Order#place(com.acme.shop.store.Repository)").prose();
    assertEquals(List.of("Placing freezes the order.", "Sum in order so rounding is stable."), place.stream().map(Prose::markdown).toList());
    assertEquals(35, place.get(0).span().startLine());
    Prose packageProse = model.findPackage("com.acme.shop").orElseThrow().prose().get(0);
    assertEquals("The shop: orders, catalog and money.\nEverything a customer touches.", packageProse.markdown());
    assertEquals(1, packageProse.span().startLine());
    assertEquals(2, packageProse.span().endLine());
  }

  @Test
  void takesNoProseFromStringsTextBlocksOrBlockComments() {
    CodeType tube = type("com.acme.shop.Tube");
    assertEquals(List.of(), tube.prose());
    assertTrue(tube.members().stream().allMatch(m -> m.prose().isEmpty()));
    assertTrue(model.files().stream().filter(f -> f.path().endsWith("Tube.java")).allMatch(f -> f.prose().isEmpty()));
  }

  @Test
  void findsDependenciesOfEveryKindWithFileAndLine() {
    Set<DependencyKind> kinds = EnumSet.noneOf(DependencyKind.class);
    model.dependencies().forEach(d -> kinds.add(d.kind()));
    assertEquals(EnumSet.allOf(DependencyKind.class), kinds, "missing: " + EnumSet.complementOf(EnumSet.copyOf(kinds)));
    assertTrue(
        model.dependencies().contains(
            new Dependency("com.acme.shop.Order", "com.acme.shop.store.Repository", DependencyKind.METHOD_CALL, false,
                "src/main/java/com/acme/shop/Order.java", 50)));
    assertTrue(
        model.dependencies().contains(
            new Dependency("com.acme.shop.InMemoryCatalog", "com.acme.shop.store.StoreException", DependencyKind.CATCH, false,
                "src/main/java/com/acme/shop/InMemoryCatalog.java", 34)));
    assertTrue(
        model.dependencies().contains(
            new Dependency("com.acme.shop.InMemoryCatalog", "java.util.Objects", DependencyKind.STATIC_REFERENCE, true,
                "src/main/java/com/acme/shop/InMemoryCatalog.java", 21)),
        "a static import is a dependency on an external type, flagged as such");
  }

  @Test
  void neverMistakesALocalVariableForAType() {
    assertFalse(
        model.dependencies().stream()
            .anyMatch(d -> d.to().equals("com.acme.shop.Order.Line") && d.kind() == DependencyKind.STATIC_REFERENCE),
        "line.price reads a field of a local, it is no static reference");
  }

  @Test
  void resolvesReferencesInEveryWrittenForm() {
    assertEquals("com.acme.shop", model.resolve("com.acme.shop").orElseThrow().id());
    assertEquals("com.acme.shop.Shape.Box", model.resolve("com.acme.shop.Shape.Box").orElseThrow().id());
    assertEquals("com.acme.shop.Shape.Box", model.resolve("com.acme.shop.Shape$Box").orElseThrow().id());
    assertEquals("com.acme.shop.Order#place(com.acme.shop.store.Repository)", model.resolve("com.acme.shop.Order#place").orElseThrow().id());
    assertEquals("com.acme.shop.Order#place(com.acme.shop.store.Repository)", model.resolve("com.acme.shop.Order#place(Repository)").orElseThrow().id());
    assertEquals("com.acme.shop.Order#add(com.acme.shop.Money[])", model.resolve("com.acme.shop.Order#add(Money...)").orElseThrow().id());
    assertEquals("com.acme.shop.Money#currency", model.resolve("com.acme.shop.Money#currency").orElseThrow().id(), "the component before its accessor");
    assertEquals("com.acme.shop.Status#Status(java.lang.String)", model.resolve("com.acme.shop.Status#Status(String)").orElseThrow().id());
    assertTrue(model.resolve("com.acme.shop.Order#place(int)").isEmpty());
    assertTrue(model.resolve("com.acme.shop.Nope").isEmpty());
  }

  @Test
  void suggestsCloseNamesForAReferenceThatNamesNothing() {
    assertEquals("com.acme.shop.Order", model.candidates("com.acme.shop.Ordre", 3).get(0));
    assertEquals("com.acme.shop.store.Repository", model.candidates("com.acme.shop.Repository", 3).get(0), "a moved class");
    assertTrue(model.candidates("com.acme.shop.Order#plcae", 3).get(0).startsWith("com.acme.shop.Order#place("));
    assertEquals(List.of(), model.candidates("org.unrelated.Zebra", 3));
  }

  @Test
  void listsFilesWithTheirTopLevelTypesAndFileProse() {
    assertEquals(12, model.files().size());
    assertEquals(
        List.of("com.acme.shop.Shape"),
        model.files().stream().filter(f -> f.path().endsWith("Shape.java")).findFirst().orElseThrow().types());
  }
}
