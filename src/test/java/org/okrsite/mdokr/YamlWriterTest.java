package org.okrsite.mdokr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.SourcePosition;

/** What the writer writes reads back as the same tree. */
class YamlWriterTest {
  private static final SourcePosition AT = SourcePosition.ofFile("x.md");

  @Test
  void trickyTextRoundTrips() {
    List<String> texts =
        List.of(
            "yes",
            "0.6",
            "#1 channel",
            "a: b",
            "- item",
            "",
            "null",
            "say \"hi\"",
            "back\\slash",
            "two\nlines",
            "tab\there",
            "— ünïcode ✓",
            "2026-01-01",
            "~",
            "'");
    Tree.Map m = new Tree.Map(AT);
    Tree.Map inner = new Tree.Map(AT);
    for (int i = 0; i < texts.size(); i++) inner.put("k" + i, Tree.text(texts.get(i), AT));
    m.put(
        "okr",
        new Tree.Map(AT)
            .put("confidence", Tree.plain("0.6", AT))
            .put("date", Tree.plain("2026-01-16", AT))
            .put("empty", Tree.list(List.of(), AT))
            .put(
                "items",
                Tree.list(
                    List.of(
                        inner.build(),
                        Tree.text("x", AT),
                        Tree.list(List.of(Tree.text("nested", AT)), AT)),
                    AT))
            .put("weird key", Tree.text("v", AT))
            .build());
    List<SourceDocument> docs = List.of(new SourceDocument("x.md", m.build(), null, 0));
    String yaml = YamlWriter.write(docs);
    Diagnostics d = new Diagnostics();
    List<SourceDocument> back =
        ContentLoader.parse("x.yaml", yaml.getBytes(StandardCharsets.UTF_8), d);
    assertEquals(List.of(), d.sorted());
    assertEquals(yaml, YamlWriter.write(back));
    YamlMapping okr = (YamlMapping) back.get(0).data().get("okr").orElseThrow();
    assertEquals(YamlScalar.Type.FLOAT, ((YamlScalar) okr.get("confidence").orElseThrow()).type());
    YamlMapping first =
        (YamlMapping)
            ((org.okrsite.content.YamlSequence) okr.get("items").orElseThrow()).items().get(0);
    for (int i = 0; i < texts.size(); i++) {
      YamlScalar s = (YamlScalar) first.get("k" + i).orElseThrow();
      assertEquals(texts.get(i), s.text());
      assertEquals(YamlScalar.Type.STRING, s.type());
    }
  }
}
