package org.okrsite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A plain Hugo site for comparison: {@code pages} Markdown pages of about 400 words with front
 * matter and minimal layouts (as measured in MEASUREMENTS.md). Deterministic.
 */
final class HugoSite {
  private static final String[] WORDS =
      ("objective key result team customer quarter growth platform onboarding latency revenue churn"
           + " retention experiment signup trial conversion weekly review confidence progress"
           + " baseline target metric measure release deploy support ticket pipeline account value"
           + " first the a of to and in for with on by we our")
          .split(" ");

  private HugoSite() {}

  static void write(Path dir, int pages) throws IOException {
    write(
        dir.resolve("config.toml"),
        "baseURL = \"http://example.org/\"\ntitle = \"Bench\"\n" + "languageCode = \"en\"\n");
    write(
        dir.resolve("layouts/_default/baseof.html"),
        "<!DOCTYPE html>\n"
            + "<html><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>{{ block"
            + " \"main\" . }}{{ end }}</body></html>\n");
    write(
        dir.resolve("layouts/_default/single.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n");
    write(
        dir.resolve("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{"
            + " .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
    Random r = new Random(OrgGenerator.SEED);
    for (int i = 1; i <= pages; i++) {
      StringBuilder b = new StringBuilder(3000);
      b.append("---\ntitle: \"Page ")
          .append(i)
          .append("\"\ndate: 2026-11-")
          .append(String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28))
          .append("\n---\n\n");
      for (int para = 0; para < 5; para++) {
        if (para == 2) b.append("## Section ").append(para).append("\n\n");
        for (int w = 0; w < 80; w++) {
          b.append(WORDS[r.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        b.append("\n\n");
      }
      write(dir.resolve("content/posts/page-" + i + ".md"), b.toString());
    }
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
  }
}
