//! # Prose <script>window.pwned=1</script>
//!
//! <img src=x onerror="window.pwned=1"> and [x](javascript:window.pwned=1).
package evil;

/**
 * A type whose comment tries to run script: <script>window.pwned=1;document.title='PWNED'</script>
 * <a href="javascript:window.pwned=1">link</a> <img src="x" onerror="window.pwned=1">
 * <iframe srcdoc="<script>parent.pwned=1</script>"></iframe>
 *
 * <p>A kept <b>bold</b> paragraph with {@code code}.
 */
public class Hostile {

  //! A member's prose <svg onload="window.pwned=1"></svg>

  /**
   * A method. <img src=x onerror=window.pwned=1>
   *
   * @return <a href="JAVASCRIPT:window.pwned=1">nothing</a>
   */
  public int run() {
    return 1;
  }
}
