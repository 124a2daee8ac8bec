package dev.archdoc.core.diagram;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;

/**
 * Java preferences kept in memory: PlantUML reads its licence from the user's preferences when it
 * draws an error or a crash, and the JDK's file-backed preferences then create {@code
 * ~/.java/.userPrefs} and say so on the console ("INFO: Created user preferences directory."). A
 * diagram must neither write under the user's home nor print. The JDK loads a factory named by
 * {@code java.util.prefs.PreferencesFactory} from the system class loader only; where this class is
 * not there (inside Maven), the preferences logger is quietened instead.
 */
public final class QuietPreferences implements PreferencesFactory {

  private static final String PROPERTY = "java.util.prefs.PreferencesFactory";
  private static final Logger PREFS_LOG = Logger.getLogger("java.util.prefs");
  @Override
  public Preferences userRoot() {
    return Roots.USER;
  }

  @Override
  public Preferences systemRoot() {
    return Roots.SYSTEM;
  }

  /**
   * Made when the JDK first asks: making a node initialises {@link Preferences}, which picks its
   * factory then, so it must not happen before {@link #install} set the property.
   */
  private static final class Roots {
    static final Preferences USER = new Node(null, "");
    static final Preferences SYSTEM = new Node(null, "");
  }

  /** Makes the JDK's preferences this factory's, when it can still choose and can load it. */
  static void install() {
    PREFS_LOG.setLevel(Level.WARNING);
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try {
      Class.forName(QuietPreferences.class.getName(), false, ClassLoader.getSystemClassLoader());
      System.setProperty(PROPERTY, QuietPreferences.class.getName());
    } catch (ClassNotFoundException | LinkageError | SecurityException e) {
      // another class loader: the JDK would fail to load the factory, so the logger stays quiet instead
    }
  }

  /** One node of preferences in memory. */
  private static final class Node extends AbstractPreferences {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Node> children = new HashMap<>();

    Node(Node parent, String name) {
      super(parent, name);
    }

    @Override
    protected void putSpi(String key, String value) {
      values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
      return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
      values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
      values.clear();
    }

    @Override
    protected String[] keysSpi() {
      return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
      return children.keySet().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
      return children.computeIfAbsent(name, n -> new Node(this, n));
    }

    @Override
    protected void syncSpi() {}

    @Override
    protected void flushSpi() {}
  }
}
