package dev.archdoc.doclet.deps;

import dev.archdoc.doclet.json.CodeModelJsonReader;
import dev.archdoc.doclet.model.CodeModel;
import dev.archdoc.doclet.model.Dependency;
import dev.archdoc.doclet.model.DependencyKind;
import dev.archdoc.doclet.model.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Compares archdoc's type dependencies with the ones the compiled classes hold, at top-level
 * class granularity, the ground truth being {@code jdeps -verbose:class -filter:none}.
 *
 * <p>Bytecode and source disagree in known ways, and each disagreement is excused only where it
 * is computed, never by name:
 *
 * <ul>
 *   <li>A pair only jdeps has is excused when every place in the class files that references the
 *       target is one the compiler made up (found with ASM): an implicit {@code Object}, {@code
 *       Enum} or {@code Record} superclass, an invokedynamic bootstrap (lambda metafactory, string
 *       concatenation, record {@code ObjectMethods}), a record's or enum's implicit members, an
 *       enum switch map, {@code assert}, boxing, a primitive class literal ({@code int.class} is
 *       {@code Integer.TYPE}), a null check the compiler inserted, the
 *       iterator of an enhanced {@code for}, try-with-resources' {@code addSuppressed}, a bridge
 *       method, another synthetic member, a stack-map frame.
 *   <li>A pair only archdoc has is excused when every use of it is of a kind that leaves no trace
 *       in a class file or that jdeps does not read: a local variable's declared type, a type
 *       argument inside a body, a cast (an up-cast compiles to nothing), a type parameter's bound,
 *       an annotation not kept for run time ({@code SOURCE} or {@code CLASS} retention), a type
 *       annotation ({@code @Target(TYPE_USE)}): jdeps reads run-time-visible declaration
 *       annotations only.
 * </ul>
 */
public final class DependencyComparison {

  /** One top-level class using another. */
  public record Pair(String from, String to) implements Comparable<Pair> {
    @Override
    public int compareTo(Pair o) {
      int c = from.compareTo(o.from);
      return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }

  /** The comparison; the excused maps give the reason for each pair. */
  public record Result(
      Set<Pair> both,
      Set<Pair> missed,
      Map<Pair, String> excusedMissed,
      Set<Pair> invented,
      Map<Pair, String> excusedInvented,
      Map<Pair, List<String>> inventedAt) {

    public double precision() {
      int found = both.size() + invented.size();
      return found == 0 ? 1 : (double) both.size() / found;
    }

    public double recall() {
      int truth = both.size() + missed.size();
      return truth == 0 ? 1 : (double) both.size() / truth;
    }

    public String summary() {
      return String.format(
          "precision %.2f%% (%d invented), recall %.2f%% (%d missed); %d pairs agreed, %d bytecode-only excused, %d source-only excused",
          100 * precision(), invented.size(), 100 * recall(), missed.size(), both.size(), excusedMissed.size(),
          excusedInvented.size());
    }

    /** The summary, the counts per excuse, then every difference. */
    public String report() {
      StringBuilder out = new StringBuilder(summary()).append('\n');
      out.append("excused, only in bytecode, by reason:\n");
      counts(excusedMissed).forEach((k, v) -> out.append(String.format("  %6d  %s%n", v, k)));
      out.append("excused, only in archdoc, by reason:\n");
      counts(excusedInvented).forEach((k, v) -> out.append(String.format("  %6d  %s%n", v, k)));
      out.append("invented (archdoc has it, the bytecode does not):\n");
      for (Pair p : invented) {
        out.append("  ").append(p).append("   ").append(inventedAt.getOrDefault(p, List.of())).append('\n');
      }
      out.append("missed (the bytecode has it, archdoc does not):\n");
      missed.forEach(p -> out.append("  ").append(p).append('\n'));
      return out.toString();
    }

    private static Map<String, Integer> counts(Map<Pair, String> reasons) {
      Map<String, Integer> counts = new TreeMap<>();
      reasons.values().forEach(r -> counts.merge(r, 1, Integer::sum));
      return counts;
    }
  }

  private enum Site {
    SOURCE,
    IMPLICIT_SUPERCLASS,
    BOOTSTRAP,
    STRING_CONCATENATION,
    IMPLICIT_RECORD_MEMBER,
    IMPLICIT_ENUM_MEMBER,
    ENUM_SWITCH_MAP,
    ASSERT,
    BOXING,
    PRIMITIVE_CLASS_LITERAL,
    INSERTED_NULL_CHECK,
    ENHANCED_FOR_ITERATOR,
    TRY_WITH_RESOURCES,
    BRIDGE_METHOD,
    SYNTHETIC_MEMBER,
    STACK_MAP_FRAME
  }

  /** Kinds of use that a class file does not keep. */
  private static final Set<DependencyKind> ERASED =
      EnumSet.of(DependencyKind.LOCAL_VARIABLE, DependencyKind.TYPE_ARGUMENT, DependencyKind.CAST);

  private static final Set<String> WRAPPERS =
      Set.of(
          "java/lang/Boolean", "java/lang/Byte", "java/lang/Character", "java/lang/Short", "java/lang/Integer",
          "java/lang/Long", "java/lang/Float", "java/lang/Double", "java/lang/Void");

  private DependencyComparison() {}

  /**
   * @param classes the folder the sources were compiled into
   * @param classpath what they were compiled against (for jdeps and for annotation retention)
   */
  public static Result compare(Path classes, List<Path> classpath, CodeModel model) throws IOException {
    Set<String> topLevels = new HashSet<>();
    for (SourceFile file : model.files()) {
      topLevels.addAll(file.types());
    }
    Set<Pair> truth = jdeps(classes, classpath);
    try (URLClassLoader loader = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
      Map<Pair, List<Dependency>> found = new TreeMap<>();
      Map<String, String> topOf = new HashMap<>();
      for (Dependency d : model.dependencies()) {
        String from = topLevel(d.from(), topLevels, loader, topOf);
        String to = topLevel(d.to(), topLevels, loader, topOf);
        if (!from.equals(to)) {
          found.computeIfAbsent(new Pair(from, to), p -> new ArrayList<>()).add(d);
        }
      }
      Set<Pair> both = new TreeSet<>();
      Set<Pair> missed = new TreeSet<>();
      Map<Pair, String> excusedMissed = new TreeMap<>();
      Map<String, Map<String, Set<Site>>> sites = new HashMap<>();
      for (Pair p : truth) {
        if (found.containsKey(p)) {
          both.add(p);
          continue;
        }
        Set<Site> at =
            sites.computeIfAbsent(p.from(), f -> sites(classes, f)).getOrDefault(p.to(), Set.of());
        if (!at.isEmpty() && !at.contains(Site.SOURCE)) {
          excusedMissed.put(p, reason(at));
        } else {
          missed.add(p);
        }
      }
      Set<Pair> invented = new TreeSet<>();
      Map<Pair, String> excusedInvented = new TreeMap<>();
      Map<Pair, List<String>> inventedAt = new TreeMap<>();
      Map<String, Boolean> notRuntime = new HashMap<>();
      Map<String, Boolean> typeUseOnly = new HashMap<>();
      for (Map.Entry<Pair, List<Dependency>> e : found.entrySet()) {
        Pair p = e.getKey();
        if (truth.contains(p)) {
          continue;
        }
        Set<String> reasons = new TreeSet<>();
        boolean excusable = true;
        for (Dependency d : e.getValue()) {
          if (ERASED.contains(d.kind())) {
            reasons.add("erased: " + d.kind().name().toLowerCase().replace('_', ' '));
          } else if (d.kind() == DependencyKind.TYPE_PARAMETER_BOUND) {
            reasons.add("type parameter bound (jdeps does not report a class signature's bounds)");
          } else if (d.kind() == DependencyKind.ANNOTATION
              && notRuntime.computeIfAbsent(d.to(), a -> !isRuntimeRetention(a, loader))) {
            reasons.add("annotation not kept for run time (jdeps reads run-time-visible ones only)");
          } else if (d.kind() == DependencyKind.ANNOTATION
              && typeUseOnly.computeIfAbsent(d.to(), a -> isTypeUseOnly(a, loader))) {
            reasons.add("type annotation (jdeps reads declaration annotations only)");
          } else {
            excusable = false;
          }
        }
        if (excusable) {
          excusedInvented.put(p, String.join(" + ", reasons));
        } else {
          invented.add(p);
          List<String> where = new ArrayList<>();
          for (Dependency d : e.getValue()) {
            if (!ERASED.contains(d.kind()) && where.size() < 3) {
              where.add(d.file() + ":" + d.line() + " " + d.kind());
            }
          }
          inventedAt.put(p, where);
        }
      }
      return new Result(both, missed, excusedMissed, invented, excusedInvented, inventedAt);
    }
  }

  private static String reason(Set<Site> sites) {
    List<String> names = new ArrayList<>();
    for (Site s : new TreeSet<>(sites)) {
      names.add(s.name().toLowerCase().replace('_', ' '));
    }
    return String.join(" + ", names);
  }

  // ---- jdeps ---------------------------------------------------------------------------------

  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+.*$");

  /** Top-level pairs from {@code jdeps -verbose:class -filter:none}. */
  static Set<Pair> jdeps(Path classes, List<Path> classpath) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
    List<String> args =
        new ArrayList<>(
            List.of("-verbose:class", "-filter:none", "--multi-release", String.valueOf(Runtime.version().feature())));
    if (!classpath.isEmpty()) {
      args.add("-cp");
      args.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
    }
    args.add(classes.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8)) {
      exit = jdeps.run(o, e, args.toArray(String[]::new));
    }
    if (exit != 0) {
      throw new IllegalStateException("jdeps failed: " + err.toString(StandardCharsets.UTF_8));
    }
    Set<Pair> pairs = new TreeSet<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      Matcher m = EDGE.matcher(line);
      if (m.matches()) {
        String from = binaryTop(m.group(1));
        String to = binaryTop(m.group(2));
        // a package's annotations belong to no type
        if (!from.equals(to) && !from.endsWith(".package-info")) {
          pairs.add(new Pair(from, to));
        }
      }
    }
    return pairs;
  }

  private static String binaryTop(String binaryName) {
    int dollar = binaryName.indexOf('$', binaryName.lastIndexOf('.') + 1);
    String top = dollar < 0 ? binaryName : binaryName.substring(0, dollar);
    return top.endsWith("[]") ? top.substring(0, top.length() - 2) : top;
  }

  // ---- archdoc's names -----------------------------------------------------------------------

  /** {@code a.b.C.D} to {@code a.b.C}: by the model's own top-level types, else by class files. */
  private static String topLevel(String name, Set<String> topLevels, ClassLoader loader, Map<String, String> cache) {
    return cache.computeIfAbsent(
        name,
        n -> {
          for (int dot = n.indexOf('.'); ; dot = n.indexOf('.', dot + 1)) {
            String prefix = dot < 0 ? n : n.substring(0, dot);
            if (topLevels.contains(prefix) || loader.getResource(prefix.replace('.', '/') + ".class") != null) {
              return prefix;
            }
            if (dot < 0) {
              return n;
            }
          }
        });
  }

  /** True when the annotation type is {@code @Retention(RUNTIME)}; unknown types count as not. */
  private static boolean isRuntimeRetention(String annotation, ClassLoader loader) {
    return "RUNTIME".equals(metaAnnotation(annotation, "Ljava/lang/annotation/Retention;", loader));
  }

  /** True when the annotation type's {@code @Target} is {@code TYPE_USE} and/or {@code TYPE_PARAMETER} only. */
  private static boolean isTypeUseOnly(String annotation, ClassLoader loader) {
    String targets = metaAnnotation(annotation, "Ljava/lang/annotation/Target;", loader);
    return targets != null && Set.of("TYPE_USE", "TYPE_PARAMETER").containsAll(List.of(targets.split(",")));
  }

  /** The enum values of a meta-annotation on an annotation type, comma-separated, or null. */
  private static String metaAnnotation(String annotation, String metaDescriptor, ClassLoader loader) {
    URL url = loader.getResource(annotation.replace('.', '/') + ".class");
    if (url == null) {
      url = loader.getResource(binary(annotation) + ".class");
    }
    if (url == null) {
      return null;
    }
    try (InputStream in = url.openStream()) {
      List<String> values = new ArrayList<>();
      boolean[] present = {false};
      new ClassReader(in.readAllBytes())
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                  if (!descriptor.equals(metaDescriptor)) {
                    return null;
                  }
                  present[0] = true;
                  return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitEnum(String name, String desc, String value) {
                      values.add(value);
                    }

                    @Override
                    public AnnotationVisitor visitArray(String name) {
                      return this;
                    }
                  };
                }
              },
              ClassReader.SKIP_CODE);
      return present[0] ? String.join(",", values) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String binary(String qualified) {
    String[] parts = qualified.split("\\.");
    StringBuilder b = new StringBuilder();
    boolean inType = false;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append(inType ? '$' : '/');
      }
      b.append(parts[i]);
      inType |= !parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0));
    }
    return b.toString();
  }

  private static URL[] urls(List<Path> classpath) {
    return classpath.stream()
        .map(
            p -> {
              try {
                return p.toUri().toURL();
              } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
              }
            })
        .toArray(URL[]::new);
  }

  // ---- where the class files reference what ---------------------------------------------------

  /** For the top-level class and its nested classes: each referenced top-level class, and how. */
  private static Map<String, Set<Site>> sites(Path classes, String topLevel) {
    Map<String, Set<Site>> sites = new HashMap<>();
    String internal = topLevel.replace('.', '/');
    Path dir = classes.resolve(internal).getParent();
    String simple = internal.substring(internal.lastIndexOf('/') + 1);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.equals(simple + ".class") || (name.startsWith(simple + "$") && name.endsWith(".class"))) {
          new ClassReader(Files.readAllBytes(file)).accept(new Sites(sites), 0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sites;
  }

  private static final class Sites extends ClassVisitor {
    private final Map<String, Set<Site>> into;
    private boolean isEnum;
    private boolean isRecord;
    private String implicitSuper;
    private boolean switchMapHolder;

    Sites(Map<String, Set<Site>> into) {
      super(Opcodes.ASM9);
      this.into = into;
    }

    void internalName(String internal, Site site) {
      if (internal == null) {
        return;
      }
      if (internal.startsWith("[")) {
        type(Type.getType(internal), site);
        return;
      }
      String binary = internal.replace('/', '.');
      into.computeIfAbsent(binaryTop(binary), k -> EnumSet.noneOf(Site.class)).add(site);
    }

    void type(Type type, Site site) {
      switch (type.getSort()) {
        case Type.ARRAY -> type(type.getElementType(), site);
        case Type.OBJECT -> internalName(type.getInternalName(), site);
        case Type.METHOD -> {
          for (Type argument : type.getArgumentTypes()) {
            type(argument, site);
          }
          type(type.getReturnType(), site);
        }
        default -> {}
      }
    }

    void descriptor(String descriptor, Site site) {
      if (descriptor != null) {
        type(Type.getType(descriptor), site);
      }
    }

    void signature(String signature, Site site) {
      if (signature == null) {
        return;
      }
      new SignatureReader(signature)
          .accept(
              new SignatureVisitor(Opcodes.ASM9) {
                @Override
                public void visitClassType(String name) {
                  internalName(name, site);
                }
              });
    }

    AnnotationVisitor annotation(String descriptor, Site site) {
      descriptor(descriptor, site);
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public void visit(String name, Object value) {
          if (value instanceof Type t) {
            type(t, site);
          }
        }

        @Override
        public void visitEnum(String name, String desc, String value) {
          descriptor(desc, site);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String name, String desc) {
          return annotation(desc, site);
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
          return this;
        }
      };
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      isEnum = (access & Opcodes.ACC_ENUM) != 0;
      isRecord = (access & Opcodes.ACC_RECORD) != 0;
      boolean synthetic = (access & Opcodes.ACC_SYNTHETIC) != 0;
      Site site = synthetic ? Site.SYNTHETIC_MEMBER : Site.SOURCE;
      boolean implicit =
          "java/lang/Object".equals(superName)
              || (isEnum && "java/lang/Enum".equals(superName))
              || (isRecord && "java/lang/Record".equals(superName));
      implicitSuper = implicit ? superName : null;
      internalName(superName, implicit ? Site.IMPLICIT_SUPERCLASS : site);
      if (interfaces != null) {
        for (String i : interfaces) {
          internalName(i, site);
        }
      }
      if (signature != null && !implicit) {
        signature(signature, site);
      } else if (signature != null) {
        // the signature repeats the implicit superclass; its interfaces and bounds are real
        signatureExceptSuper(signature, superName, site);
      }
    }

    private void signatureExceptSuper(String signature, String superName, Site site) {
      new SignatureReader(signature)
          .accept(
              new SignatureVisitor(Opcodes.ASM9) {
                @Override
                public void visitClassType(String name) {
                  internalName(name, name.equals(superName) ? Site.IMPLICIT_SUPERCLASS : site);
                }
              });
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return annotation(descriptor, Site.SOURCE);
    }

    @Override
    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
      return annotation(descriptor, Site.SOURCE);
    }

    @Override
    public void visitNestHost(String nestHost) {
      internalName(nestHost, Site.SOURCE);
    }

    @Override
    public void visitOuterClass(String owner, String name, String descriptor) {
      internalName(owner, Site.SOURCE);
    }

    @Override
    public void visitPermittedSubclass(String permittedSubclass) {
      internalName(permittedSubclass, Site.SOURCE);
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
      // InnerClasses lists every nested class the constant pool names; they are counted where named
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      boolean synthetic = (access & Opcodes.ACC_SYNTHETIC) != 0;
      Site site = Site.SOURCE;
      if (name.startsWith("$SwitchMap$")) {
        site = Site.ENUM_SWITCH_MAP;
        switchMapHolder = true;
      } else if (synthetic) {
        site = Site.SYNTHETIC_MEMBER;
      }
      descriptor(descriptor, site);
      signature(signature, site);
      Site annotations = site;
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
          return annotation(desc, annotations);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String desc, boolean visible) {
          return annotation(desc, annotations);
        }
      };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      Site memberSite;
      if ((access & Opcodes.ACC_BRIDGE) != 0) {
        memberSite = Site.BRIDGE_METHOD;
      } else if ((access & Opcodes.ACC_SYNTHETIC) != 0 && !name.startsWith("lambda$")) {
        memberSite = Site.SYNTHETIC_MEMBER;
      } else if (switchMapHolder) {
        memberSite = Site.ENUM_SWITCH_MAP;
      } else if (isEnum
          && ((name.equals("values") && descriptor.startsWith("()["))
              || (name.equals("valueOf") && descriptor.startsWith("(Ljava/lang/String;)")))) {
        memberSite = Site.IMPLICIT_ENUM_MEMBER;
      } else {
        memberSite = Site.SOURCE;
      }
      if (isEnum && name.equals("<init>") && descriptor.startsWith("(Ljava/lang/String;I")) {
        // the name and ordinal every enum constructor takes first
        Type[] arguments = Type.getArgumentTypes(descriptor);
        type(arguments[0], Site.IMPLICIT_ENUM_MEMBER);
        for (int i = 2; i < arguments.length; i++) {
          type(arguments[i], memberSite);
        }
        type(Type.getReturnType(descriptor), memberSite);
      } else {
        return new Method(memberSite, name, descriptor, signature, exceptions);
      }
      return new Method(memberSite, name, null, signature, exceptions);
    }

    /** One method: its sites are kept until its end, when what the whole body did is known. */
    private final class Method extends MethodVisitor {
      private final Site memberSite;
      private final String name;
      private final String descriptor;
      private final List<Object[]> pending = new ArrayList<>();
      private final List<String> caughtThrowable = new ArrayList<>();
      private boolean addSuppressed;
      private boolean objectMethods;
      private boolean afterSwitchMap;
      private boolean afterAssertionsDisabled;
      private String requireNonNullPending;

      Method(Site memberSite, String name, String descriptor, String signature, String[] exceptions) {
        super(Opcodes.ASM9);
        this.memberSite = memberSite;
        this.name = name;
        this.descriptor = descriptor;
        signature(signature, memberSite);
        if (exceptions != null) {
          for (String e : exceptions) {
            internalName(e, memberSite);
          }
        }
      }

      private void site(String internal, Site site) {
        pending.add(new Object[] {internal, site});
      }

      private void siteType(Type type, Site site) {
        pending.add(new Object[] {type, site});
      }

      private Site body(Site site) {
        return memberSite == Site.SOURCE ? site : memberSite;
      }

      /** Any instruction: a pending {@code Objects.requireNonNull} not followed by POP was written. */
      private void instruction(int opcode) {
        if (requireNonNullPending != null) {
          Site s = opcode == Opcodes.POP ? Site.INSERTED_NULL_CHECK : Site.SOURCE;
          site("java/util/Objects", body(s));
          siteType(Type.getType(requireNonNullPending), body(s));
          requireNonNullPending = null;
        }
        if (opcode != Opcodes.ALOAD && opcode != Opcodes.GETFIELD && opcode != -1) {
          afterSwitchMap = false;
        }
      }

      @Override
      public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
        return annotation(desc, memberSite);
      }

      @Override
      public AnnotationVisitor visitParameterAnnotation(int parameter, String desc, boolean visible) {
        return annotation(desc, memberSite);
      }

      @Override
      public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String desc, boolean visible) {
        return annotation(desc, memberSite);
      }

      @Override
      public AnnotationVisitor visitAnnotationDefault() {
        return annotation(null, memberSite);
      }

      @Override
      public void visitInsn(int opcode) {
        instruction(opcode);
      }

      @Override
      public void visitIntInsn(int opcode, int operand) {
        instruction(opcode);
      }

      @Override
      public void visitVarInsn(int opcode, int varIndex) {
        instruction(opcode);
      }

      @Override
      public void visitJumpInsn(int opcode, Label label) {
        instruction(opcode);
        afterAssertionsDisabled = afterAssertionsDisabled && opcode == Opcodes.IFNE;
      }

      @Override
      public void visitIincInsn(int varIndex, int increment) {
        instruction(Opcodes.IINC);
      }

      @Override
      public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        instruction(Opcodes.TABLESWITCH);
      }

      @Override
      public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        instruction(Opcodes.LOOKUPSWITCH);
      }

      @Override
      public void visitTypeInsn(int opcode, String type) {
        boolean assertion = afterAssertionsDisabled && opcode == Opcodes.NEW && type.equals("java/lang/AssertionError");
        instruction(opcode);
        site(type, body(assertion ? Site.ASSERT : Site.SOURCE));
      }

      @Override
      public void visitFieldInsn(int opcode, String owner, String fieldName, String desc) {
        instruction(opcode);
        Site s = Site.SOURCE;
        if (WRAPPERS.contains(owner) && fieldName.equals("TYPE") && opcode == Opcodes.GETSTATIC) {
          s = Site.PRIMITIVE_CLASS_LITERAL;
        } else if (fieldName.startsWith("$SwitchMap$")) {
          s = Site.ENUM_SWITCH_MAP;
          afterSwitchMap = true;
        } else if (fieldName.equals("$assertionsDisabled")) {
          s = Site.ASSERT;
          afterAssertionsDisabled = true;
        } else if (fieldName.equals("$VALUES")) {
          s = Site.IMPLICIT_ENUM_MEMBER;
        }
        site(owner, body(s));
        siteType(Type.getType(desc), body(s));
      }

      @Override
      public void visitMethodInsn(int opcode, String owner, String methodName, String desc, boolean isInterface) {
        if (afterSwitchMap && methodName.equals("ordinal") && desc.equals("()I")) {
          instruction(-1);
          site(owner, body(Site.ENUM_SWITCH_MAP));
          afterSwitchMap = false;
          return;
        }
        instruction(opcode);
        Site s = Site.SOURCE;
        if (owner.equals("java/util/Objects") && methodName.equals("requireNonNull")
            && desc.equals("(Ljava/lang/Object;)Ljava/lang/Object;")) {
          requireNonNullPending = "(Ljava/lang/Object;)Ljava/lang/Object;";
          return;
        }
        if (WRAPPERS.contains(owner)
            && ((methodName.equals("valueOf") && Type.getArgumentTypes(desc).length == 1
                    && Type.getArgumentTypes(desc)[0].getSort() != Type.OBJECT)
                || (methodName.endsWith("Value") && desc.startsWith("()")))) {
          s = Site.BOXING;
        } else if (owner.equals("java/lang/Class") && methodName.equals("desiredAssertionStatus")) {
          s = Site.ASSERT;
        } else if (owner.equals("java/util/Iterator") && (methodName.equals("hasNext") || methodName.equals("next"))) {
          s = Site.ENHANCED_FOR_ITERATOR;
        } else if (methodName.equals("iterator") && desc.equals("()Ljava/util/Iterator;")) {
          site(owner, body(Site.SOURCE));
          site("java/util/Iterator", body(Site.ENHANCED_FOR_ITERATOR));
          return;
        } else if (owner.equals("java/lang/Throwable") && methodName.equals("addSuppressed")) {
          s = Site.TRY_WITH_RESOURCES;
          addSuppressed = true;
        } else if (opcode == Opcodes.INVOKESPECIAL && methodName.equals("<init>") && owner.equals(implicitSuper)) {
          s = Site.IMPLICIT_SUPERCLASS;
        } else if (isEnum && opcode == Opcodes.INVOKESPECIAL && methodName.equals("<init>")
            && desc.startsWith("(Ljava/lang/String;I")) {
          // an enum constant's construction passes the name and ordinal every enum constructor takes first
          Type[] arguments = Type.getArgumentTypes(desc);
          site(owner, body(Site.SOURCE));
          siteType(arguments[0], body(Site.IMPLICIT_ENUM_MEMBER));
          for (int i = 2; i < arguments.length; i++) {
            siteType(arguments[i], body(Site.SOURCE));
          }
          return;
        } else if (isEnum && owner.equals("java/lang/Enum") && methodName.equals("valueOf")) {
          s = Site.IMPLICIT_ENUM_MEMBER;
        }
        site(owner, body(s));
        siteType(Type.getType(desc), body(s));
      }

      @Override
      public void visitInvokeDynamicInsn(String indyName, String desc, Handle bsm, Object... bsmArgs) {
        instruction(Opcodes.INVOKEDYNAMIC);
        site(bsm.getOwner(), body(Site.BOOTSTRAP));
        siteType(Type.getType(bsm.getDesc()), body(Site.BOOTSTRAP));
        switch (bsm.getOwner()) {
          case "java/lang/invoke/StringConcatFactory" -> siteType(Type.getType(desc), body(Site.STRING_CONCATENATION));
          case "java/lang/runtime/ObjectMethods" -> {
            objectMethods = true;
            siteType(Type.getType(desc), body(Site.IMPLICIT_RECORD_MEMBER));
            for (Object a : bsmArgs) {
              if (a instanceof Handle h) {
                site(h.getOwner(), body(Site.IMPLICIT_RECORD_MEMBER));
                siteType(Type.getType(h.getDesc()), body(Site.IMPLICIT_RECORD_MEMBER));
              }
            }
          }
          default -> {
            siteType(Type.getType(desc), body(Site.SOURCE));
            for (int i = 0; i < bsmArgs.length; i++) {
              Object a = bsmArgs[i];
              // the metafactory's first argument is the erased functional method, its third the instantiated one
              Site s = i == 0 || (!(a instanceof Handle) && i > 2) ? Site.BOOTSTRAP : Site.SOURCE;
              if (a instanceof Handle h) {
                site(h.getOwner(), body(s));
                siteType(Type.getType(h.getDesc()), body(s));
              } else if (a instanceof Type t) {
                siteType(t, body(s));
              } else if (a instanceof ConstantDynamic) {
                // nothing of the source's own
              }
            }
          }
        }
      }

      @Override
      public void visitLdcInsn(Object value) {
        instruction(Opcodes.LDC);
        if (value instanceof Type t) {
          siteType(t, body(Site.SOURCE));
        } else if (value instanceof Handle h) {
          site(h.getOwner(), body(Site.SOURCE));
        }
      }

      @Override
      public void visitMultiANewArrayInsn(String desc, int numDimensions) {
        instruction(Opcodes.MULTIANEWARRAY);
        siteType(Type.getType(desc), body(Site.SOURCE));
      }

      @Override
      public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        if ("java/lang/Throwable".equals(type)) {
          caughtThrowable.add(type);
        } else {
          site(type, body(Site.SOURCE));
        }
      }

      @Override
      public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        instruction(-1);
        for (Object[] values : new Object[][] {local, stack}) {
          if (values != null) {
            for (Object v : values) {
              if (v instanceof String s) {
                site(s, body(Site.STACK_MAP_FRAME));
              }
            }
          }
        }
      }

      @Override
      public void visitEnd() {
        instruction(-1);
        Site signatureSite = memberSite;
        if (isRecord && objectMethods
            && (name.equals("toString") || name.equals("hashCode") || name.equals("equals"))) {
          signatureSite = Site.IMPLICIT_RECORD_MEMBER;
        }
        if (descriptor != null) {
          type(Type.getType(descriptor), signatureSite);
        }
        for (String t : caughtThrowable) {
          internalName(t, body(addSuppressed ? Site.TRY_WITH_RESOURCES : Site.SOURCE));
        }
        for (Object[] p : pending) {
          Site s = (Site) p[1];
          if (s == Site.SOURCE && signatureSite == Site.IMPLICIT_RECORD_MEMBER) {
            s = Site.IMPLICIT_RECORD_MEMBER;
          }
          if (p[0] instanceof Type t) {
            type(t, s);
          } else {
            internalName((String) p[0], s);
          }
        }
      }
    }
  }

  // ---- the bench's entry point ----------------------------------------------------------------

  /**
   * {@code DependencyComparison CLASSES CLASSPATH_FILE MODEL_JSON [REPORT]}: prints the summary,
   * and the full report to REPORT (or to standard output).
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    List<Path> classpath = new ArrayList<>();
    String cp = Files.readString(Path.of(args[1])).trim();
    if (!cp.isEmpty()) {
      for (String entry : cp.split(java.io.File.pathSeparator)) {
        classpath.add(Path.of(entry));
      }
    }
    CodeModel model;
    try (Reader in = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
      model = CodeModelJsonReader.read(in);
    }
    Result result = compare(classes, classpath, model);
    if (args.length > 3) {
      Files.writeString(Path.of(args[3]), result.report());
      System.out.println(result.summary());
    } else {
      System.out.print(result.report());
    }
  }
}
