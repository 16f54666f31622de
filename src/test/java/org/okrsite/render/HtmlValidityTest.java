package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the built example site is valid HTML: 0 errors from the Nu Html Checker ({@code
 * nu.validator:validator}), run in-process on the written files. Warnings are allowed.
 */
class HtmlValidityTest {
  @TempDir Path out;

  @Test
  void everyPageHasNoNuCheckerErrors() throws Exception {
    BuiltSite site = BuiltSite.build(BuiltSite.EXAMPLE, out.resolve("public"));
    List<String> errors = new ArrayList<>();
    String[] current = {""};
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(current[0] + ":" + e.getLineNumber() + ": " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            error(e);
          }
        };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, false, false);
    List<String> pages = site.pages();
    for (String page : pages) {
      current[0] = page;
      validator.checkHtmlFile(site.root.resolve(page).toFile(), true);
    }
    assertEquals(
        List.of(),
        errors.stream().limit(40).toList(),
        errors.size() + " errors in " + pages.size() + " pages");
  }
}
