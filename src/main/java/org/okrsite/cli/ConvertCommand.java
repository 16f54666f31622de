package org.okrsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.mdokr.MarkdownOkrReader;
import org.okrsite.mdokr.Translation;
import org.okrsite.mdokr.YamlWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okrsite convert FILE…}: the YAML shapes ({@code okr}, {@code checkin}, …) a Markdown OKR
 * document stands for, for teams moving to YAML. The YAML builds to the same site. Nothing is
 * written unless every file converts.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Writes the YAML shapes for Markdown OKR documents (the seed's quarterly and weekly",
      "templates, heading-and-bullet OKR files). Prints to standard output, or writes NAME.yaml",
      "into the folder given with -o."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:converted",
      "1:a file is not a Markdown OKR document, has errors, or its" + " output exists",
      "2:bad command line"
    })
final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Markdown OKR documents (*.md).")
  List<Path> files;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Write NAME.yaml into DIR instead of printing.")
  Path output;

  @Option(names = "--force", description = "Overwrite existing NAME.yaml files.")
  boolean force;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    Diagnostics d = new Diagnostics();
    Map<Path, String> out = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      String name = relative(f).toString().replace('\\', '/');
      if (!name.endsWith(".md")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), name + " is not a Markdown file (*.md)");
      }
      if (!Files.isRegularFile(f)) {
        failures.add(name + ": no such file");
        continue;
      }
      Optional<Translation> t = convert(name, Files.readAllBytes(f), d);
      if (t.isEmpty()) {
        failures.add(name + ": not a Markdown OKR document (no objective or weekly update found)");
        continue;
      }
      String stem = f.getFileName().toString().replaceAll("\\.md$", "");
      Path target = output != null ? output.resolve(stem + ".yaml") : Path.of(stem + ".yaml");
      if (out.containsKey(target)) failures.add(name + ": a second file would write " + target);
      else
        out.put(
            target,
            "# converted from "
                + name
                + " by okrsite convert\n"
                + YamlWriter.write(t.get().documents()));
    }
    Printer.problems(err, d.sorted());
    if (output != null && !force) {
      out.keySet().stream()
          .filter(Files::exists)
          .forEach(p -> failures.add(p + ": already exists; pass --force to overwrite it"));
    }
    failures.forEach(m -> err.println("okrsite: " + m));
    if (!failures.isEmpty() || d.hasErrors()) {
      err.println("okrsite: nothing was converted");
      err.flush();
      return Main.CONTENT_ERRORS;
    }
    boolean first = true;
    for (var e : out.entrySet()) {
      if (output == null) {
        // One stream on standard output: files are separate YAML documents.
        spec.commandLine().getOut().print((first ? "" : "---\n") + e.getValue());
        first = false;
      } else {
        Files.createDirectories(output);
        Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + e.getKey());
      }
    }
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  /**
   * The file as the user would name it from here: the path is read for owner and cycle ({@code
   * okrs/2026-q1/growth.md}), so folders above the working directory must not count.
   */
  private static Path relative(Path f) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = f.toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : f;
  }

  /** The translation of one Markdown file, its problems reported under {@code path}. */
  private static Optional<Translation> convert(String path, byte[] bytes, Diagnostics d) {
    for (SourceDocument doc : ContentLoader.parse(path, bytes, d)) {
      return MarkdownOkrReader.read(doc, d);
    }
    return Optional.empty();
  }
}
