package health.salus.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The type of a document told from its bytes, whatever a sender would call them. */
class DocumentTypesTest {

  private final DocumentTypes types = new DocumentTypes();

  private static byte[] image(String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void tellsTheAcceptedTypesFromTheirBytes() throws IOException {
    assertThat(types.of(DemoDocuments.pdf("Discharge summary", "Admitted with chest pain.")))
        .isEqualTo("application/pdf");
    assertThat(types.of(image("png"))).isEqualTo("image/png");
    assertThat(types.of(image("jpg"))).isEqualTo("image/jpeg");
    assertThat(types.of(text("Referral to cardiology.\nDear Dr Patel,\n"))).isEqualTo("text/plain");
    assertThat(types.of(text("出院小结：患者情况稳定。\n"))).isEqualTo("text/plain");
  }

  @Test
  void anExecutableOrAPageIsWhatItsBytesSayNotAPdf() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    assertThat(types.of(exe)).isNotIn("application/pdf", "text/plain");
    assertThat(types.of(text("<!DOCTYPE html><html><body><script>alert(1)</script>")))
        .isEqualTo("text/html");
    assertThat(types.of(text("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")))
        .isNotIn("application/pdf", "text/plain", "image/png", "image/jpeg");
    assertThat(types.of(new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7}))
        .isEqualTo("application/octet-stream");
  }
}
