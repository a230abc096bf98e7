package health.salus.shared.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** The demo data's letters as small real PDFs (OpenPDF): a title, then one paragraph a line. */
public final class DemoDocuments {

  private DemoDocuments() {}

  public static byte[] pdf(String title, String... paragraphs) {
    Document document = new Document(PageSize.A4, 60, 60, 60, 60);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.addCreator("Salus demo data");
      document.open();
      document.add(new Paragraph(title, new Font(Font.HELVETICA, 16, Font.BOLD)));
      Font body = new Font(Font.HELVETICA, 11);
      for (String text : paragraphs) {
        Paragraph paragraph = new Paragraph(text, body);
        paragraph.setSpacingBefore(8);
        document.add(paragraph);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
