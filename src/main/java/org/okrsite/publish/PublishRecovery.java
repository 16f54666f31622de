package org.okrsite.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Repairs what a build killed mid-publish left beside the output folder. Runs under the {@link
 * OutputLock}, so no live build owns the leftovers: a missing output folder whose previous site
 * sits in {@code .NAME.old} (killed between the two renames of the swap) is restored; leftover
 * staging folders and a leftover {@code .NAME.old} are deleted.
 */
final class PublishRecovery {
  private PublishRecovery() {}

  /**
   * The folder the previous site is renamed to during the swap: {@code public} → {@code
   * .public.old}.
   */
  static Path oldSite(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".old");
  }

  /** The prefix of staging folders: {@code public} → {@code .public.staging-}. */
  static String stagingPrefix(Path out) {
    return "." + out.getFileName() + ".staging-";
  }

  /** Restores the previous site if a swap was cut short, then removes stale leftovers. */
  static void recover(Path out) throws IOException {
    Path old = oldSite(out);
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)
        && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
      // The first rename of the swap happened, the second did not: the previous site is whole in
      // .old (it got there in one rename), so put it back.
      SiteWriter.move(old, out);
    }
    if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) SiteWriter.deleteTree(old);
    String prefix = stagingPrefix(out);
    // A filter, not a glob: the output's name may hold glob characters.
    DirectoryStream.Filter<Path> staging = p -> p.getFileName().toString().startsWith(prefix);
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(), staging)) {
      for (Path s : siblings) SiteWriter.deleteTree(s);
    }
  }
}
