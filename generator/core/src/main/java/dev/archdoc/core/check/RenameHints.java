package dev.archdoc.core.check;

import dev.archdoc.core.finding.DriftRule;
import dev.archdoc.core.finding.Fact;
import dev.archdoc.core.finding.Finding;
import dev.archdoc.core.finding.FindingKind;
import dev.archdoc.core.pipeline.SystemModel;
import dev.archdoc.doclet.model.CodeMember;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.CodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a "did you mean" to a reference that no longer resolves when {@code archdoc.lock} shows
 * what it named and the code still holds that element under another name: a class renamed from
 * {@code RaftCore} to {@code RaftStateMachine} is found by its accepted members (same signatures,
 * now in another type of the package), a moved method by its accepted signature. Spelling alone
 * cannot find such renames; the lock remembers what the element looked like (ADR-8).
 */
@dev.archdoc.annotations.Decision("ADR-8")
final class RenameHints {

  private static final Set<String> RULES =
      Set.of(DriftRule.UNRESOLVED_CODE_REF.id(), DriftRule.DIAGRAM_DRIFT.id());

  private RenameHints() {}

  static List<Finding> add(SystemModel system, Optional<ReferenceLock> lock, List<Finding> findings) {
    if (lock.isEmpty()) {
      return findings;
    }
    Map<String, ReferenceLock.Entry> accepted =
        lock.get().systems().getOrDefault(system.name(), java.util.Collections.emptySortedMap());
    List<Finding> hinted = new ArrayList<>();
    for (Finding finding : findings) {
      String target = finding.fact(Fact.TARGET).orElse(null);
      if (finding.kind() != FindingKind.UNRESOLVED_REFERENCE || !RULES.contains(finding.rule()) || target == null
          || finding.fact(Fact.SUGGESTION).isPresent() || !accepted.containsKey(target)) {
        hinted.add(finding);
        continue;
      }
      Optional<String> now = renamedTo(system.code(), accepted.get(target), accepted);
      hinted.add(now.map(id -> finding.withMessage(finding.message() + " (did you mean '" + id
              + "'? it has the accepted signature `" + accepted.get(target).signature() + "`)")
          .with(Fact.SUGGESTION, id)).orElse(finding));
    }
    return hinted;
  }

  /** The one element that now carries what was accepted for a vanished element, if exactly one does. */
  private static Optional<String> renamedTo(CodeModel code, ReferenceLock.Entry gone, Map<String, ReferenceLock.Entry> accepted) {
    String id = gone.element();
    int hash = id.indexOf('#');
    if (hash >= 0) {
      List<String> same = code.types().stream().flatMap(t -> t.members().stream())
          .filter(m -> m.signature().equals(gone.signature()) && m.name().equals(nameOf(id)))
          .map(CodeMember::id).toList();
      if (same.size() == 1) {
        return Optional.of(same.get(0));
      }
      // the member kept its name and signature but its type was renamed: find the type
      return renamedType(code, id.substring(0, hash), accepted).flatMap(type -> type.members().stream()
          .filter(m -> m.signature().equals(gone.signature())).map(CodeMember::id).findFirst());
    }
    return renamedType(code, id, accepted).map(CodeType::qualifiedName);
  }

  /**
   * The type a vanished type became: among the types of its package, the one that has every
   * accepted member signature of the old type (at least one), if exactly one does.
   */
  private static Optional<CodeType> renamedType(CodeModel code, String oldType, Map<String, ReferenceLock.Entry> accepted) {
    List<String> members = accepted.values().stream()
        .filter(e -> e.element().startsWith(oldType + "#")).map(ReferenceLock.Entry::signature).distinct().toList();
    if (members.isEmpty()) {
      return Optional.empty();
    }
    String pkg = oldType.contains(".") ? oldType.substring(0, oldType.lastIndexOf('.')) : "";
    List<CodeType> candidates = code.types().stream()
        .filter(t -> t.packageName().equals(pkg) || t.qualifiedName().startsWith(pkg + "."))
        .filter(t -> t.members().stream().map(CodeMember::signature).toList().containsAll(members))
        .toList();
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static String nameOf(String memberId) {
    String name = memberId.substring(memberId.indexOf('#') + 1);
    int paren = name.indexOf('(');
    return paren >= 0 ? name.substring(0, paren) : name;
  }
}
