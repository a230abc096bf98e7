package health.salus.education.view;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import health.salus.education.boundary.PrintableLesson;
import health.salus.shared.entity.Language;
import health.salus.shared.view.PdfFonts;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A lesson variant as a printable PDF (OpenPDF, the fonts of {@link PdfFonts}): the title, the
 * programme and reading level, then the lesson's Markdown as headings, paragraphs and lists, in a
 * large type (14 pt) for readers with poor sight, with the page number at the foot of each page.
 * Raw HTML in the text is printed as the text it is, never interpreted; a link prints its address.
 */
@ApplicationScoped
public class LessonPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final float BODY = 14;

  @Inject PdfFonts fonts;

  /** A safe file name: the title's ASCII words (or {@code lesson-<id>}) and the language. */
  public String fileName(PrintableLesson lesson) {
    String plain =
        Normalizer.normalize(lesson.title(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > 60) {
      plain = plain.substring(0, 60).replaceAll("-+$", "");
    }
    String name = plain.isEmpty() ? "lesson-" + lesson.lessonId() : plain;
    return name + "-" + lesson.language().replaceAll("[^A-Za-z-]", "") + ".pdf";
  }

  /** The lesson in its own language (its texts, font and the page labels). */
  public byte[] render(PrintableLesson lesson) {
    Locale language = Language.of(lesson.language()).locale();
    Faces faces = new Faces(language, fonts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 60, 60, 60, 70);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new PageNumbers(language, faces.footer()));
      document.addTitle(lesson.title());
      document.addSubject(lesson.programmeTitle());
      document.open();
      Paragraph programme = new Paragraph(lesson.programmeTitle(), faces.meta());
      document.add(programme);
      Paragraph title = new Paragraph(lesson.title(), faces.title());
      title.setSpacingBefore(6);
      title.setSpacingAfter(4);
      document.add(title);
      Paragraph level =
          new Paragraph(
              UserMessages.text(language, "lesson.pdf.level")
                  + " "
                  + UserMessages.text(language, "learn.level." + lesson.level()),
              faces.meta());
      level.setSpacingAfter(12);
      document.add(level);
      Blocks blocks = new Blocks(faces);
      MARKDOWN.parse(lesson.bodyMarkdown() == null ? "" : lesson.bodyMarkdown()).accept(blocks);
      for (Element element : blocks.elements) {
        document.add(element);
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("lesson " + lesson.lessonId() + " could not be printed", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  /** The faces of one rendering, all in the language's font. */
  private record Faces(
      Font title,
      Font h1,
      Font h2,
      Font h3,
      Font body,
      Font bold,
      Font italic,
      Font boldItalic,
      Font meta,
      Font footer) {

    Faces(Locale language, PdfFonts fonts) {
      this(
          fonts.font(language, 24, Font.BOLD),
          fonts.font(language, 20, Font.BOLD),
          fonts.font(language, 17, Font.BOLD),
          fonts.font(language, 15, Font.BOLD),
          fonts.font(language, BODY, Font.NORMAL),
          fonts.font(language, BODY, Font.BOLD),
          fonts.font(language, BODY, Font.ITALIC),
          fonts.font(language, BODY, Font.BOLDITALIC),
          fonts.font(language, 12, Font.NORMAL),
          fonts.font(language, 11, Font.NORMAL));
    }

    Font heading(int level) {
      return switch (level) {
        case 1 -> h1;
        case 2 -> h2;
        default -> h3;
      };
    }
  }

  /** "Page n" at the foot of each page. */
  private static final class PageNumbers extends PdfPageEventHelper {

    private final Locale language;
    private final Font font;

    PageNumbers(Locale language, Font font) {
      this.language = language;
      this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase(UserMessages.text(language, "lesson.pdf.page", writer.getPageNumber()), font),
          (document.left() + document.right()) / 2,
          document.bottom() - 30,
          0);
    }
  }

  /** Walks the Markdown: each block (heading, paragraph, list...) becomes a PDF element. */
  private static final class Blocks extends AbstractVisitor {

    private final Faces faces;
    private final java.util.List<Element> elements = new java.util.ArrayList<>();

    Blocks(Faces faces) {
      this.faces = faces;
    }

    @Override
    public void visit(Heading heading) {
      Font font = faces.heading(heading.getLevel());
      Paragraph paragraph = new Paragraph(inline(heading, font, false, false));
      paragraph.setSpacingBefore(14);
      paragraph.setSpacingAfter(6);
      paragraph.setKeepTogether(true);
      elements.add(paragraph);
    }

    @Override
    public void visit(org.commonmark.node.Paragraph block) {
      elements.add(paragraph(block, 0));
    }

    @Override
    public void visit(BulletList list) {
      elements.add(list(list, 0));
    }

    @Override
    public void visit(OrderedList list) {
      elements.add(list(list, 0));
    }

    @Override
    public void visit(BlockQuote quote) {
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof org.commonmark.node.Paragraph p) {
          elements.add(paragraph(p, 24));
        } else {
          child.accept(this);
        }
      }
    }

    @Override
    public void visit(FencedCodeBlock code) {
      elements.add(literal(code.getLiteral()));
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      elements.add(literal(code.getLiteral()));
    }

    @Override
    public void visit(HtmlBlock html) {
      elements.add(literal(html.getLiteral()));
    }

    @Override
    public void visit(ThematicBreak rule) {
      elements.add(new Paragraph(" ", faces.body()));
    }

    private Paragraph paragraph(org.commonmark.node.Paragraph block, float indent) {
      Paragraph paragraph = new Paragraph(inline(block, faces.body(), false, false));
      paragraph.setLeading(BODY * 1.45f);
      paragraph.setSpacingAfter(8);
      paragraph.setIndentationLeft(indent);
      return paragraph;
    }

    private Paragraph literal(String text) {
      Paragraph paragraph = new Paragraph(text.stripTrailing(), faces.body());
      paragraph.setIndentationLeft(24);
      paragraph.setSpacingAfter(8);
      return paragraph;
    }

    private com.lowagie.text.List list(ListBlock block, int depth) {
      boolean ordered = block instanceof OrderedList;
      com.lowagie.text.List list = new com.lowagie.text.List(ordered, BODY * 1.6f);
      list.setListSymbol(new Chunk(depth == 0 ? "\u2022" : "\u2013", faces.body()));
      if (ordered) {
        Integer start = ((OrderedList) block).getMarkerStartNumber();
        list.setFirst(start == null ? 1 : start);
      }
      list.setIndentationLeft(depth * BODY * 1.6f);
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        ListItem entry = new ListItem(BODY * 1.45f, "", faces.body());
        java.util.List<com.lowagie.text.List> nested = new java.util.ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof ListBlock inner) {
            nested.add(list(inner, depth + 1));
          } else {
            if (!entry.isEmpty()) {
              entry.add(Chunk.NEWLINE);
            }
            entry.add(inline(child, faces.body(), false, false));
          }
        }
        entry.setSpacingAfter(4);
        list.add(entry);
        nested.forEach(list::add);
      }
      return list;
    }

    /** A block's text with its emphasis, code and links, as one phrase. */
    private Phrase inline(Node block, Font base, boolean bold, boolean italic) {
      Phrase phrase = new Phrase();
      phrase.setFont(base);
      phrase.setLeading(base.getSize() * 1.45f);
      appendChildren(phrase, block, base, bold, italic);
      return phrase;
    }

    private void appendChildren(Phrase phrase, Node parent, Font base, boolean b, boolean i) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        append(phrase, node, base, b, i);
      }
    }

    private void append(Phrase phrase, Node node, Font base, boolean bold, boolean italic) {
      Font font = styled(base, bold, italic);
      if (node instanceof Text text) {
        phrase.add(new Chunk(text.getLiteral(), font));
      } else if (node instanceof Code code) {
        phrase.add(new Chunk(code.getLiteral(), font));
      } else if (node instanceof HtmlInline html) {
        phrase.add(new Chunk(html.getLiteral(), font));
      } else if (node instanceof SoftLineBreak) {
        phrase.add(new Chunk(" ", font));
      } else if (node instanceof HardLineBreak) {
        phrase.add(Chunk.NEWLINE);
      } else if (node instanceof StrongEmphasis) {
        appendChildren(phrase, node, base, true, italic);
      } else if (node instanceof Emphasis) {
        appendChildren(phrase, node, base, bold, true);
      } else if (node instanceof Link link) {
        appendChildren(phrase, node, base, bold, italic);
        String shown = plainText(link);
        if (link.getDestination() != null && !link.getDestination().equals(shown)) {
          phrase.add(new Chunk(" (" + link.getDestination() + ")", font));
        }
      } else {
        appendChildren(phrase, node, base, bold, italic);
      }
    }

    private Font styled(Font base, boolean bold, boolean italic) {
      if (base != faces.body()) {
        return base;
      }
      if (bold && italic) {
        return faces.boldItalic();
      }
      return bold ? faces.bold() : italic ? faces.italic() : faces.body();
    }

    private static String plainText(Node node) {
      StringBuilder text = new StringBuilder();
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Text t) {
          text.append(t.getLiteral());
        } else {
          text.append(plainText(child));
        }
      }
      return text.toString();
    }
  }
}
