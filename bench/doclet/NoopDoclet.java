import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;

/** The floor: javadoc parses and enters everything, then this doclet does nothing. */
public class NoopDoclet implements Doclet {
  @Override
  public void init(Locale locale, Reporter reporter) {}

  @Override
  public String getName() {
    return "noop";
  }

  @Override
  public Set<? extends Option> getSupportedOptions() {
    return Set.of();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latest();
  }

  @Override
  public boolean run(DocletEnvironment environment) {
    return true;
  }
}
