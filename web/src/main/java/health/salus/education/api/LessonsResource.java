package health.salus.education.api;

import health.salus.education.boundary.AuthoredLesson;
import health.salus.education.boundary.AuthoredVariant;
import health.salus.education.boundary.AuthoringService;
import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.LessonView;
import health.salus.education.boundary.PrintableLesson;
import health.salus.education.boundary.QuestionInput;
import health.salus.education.boundary.QuizAnswers;
import health.salus.education.boundary.QuizResult;
import health.salus.education.boundary.QuizView;
import health.salus.education.boundary.VariantInput;
import health.salus.education.entity.ContentFormat;
import health.salus.education.view.LessonPdf;
import health.salus.records.api.Attachment;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /lessons}: a lesson in the variant asked for or the one that suits the caller, its quiz
 * and the patient's answers; the educator's variants and questions.
 */
@Tag(name = "Education")
@Path("lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LessonsResource {

  @Inject CatalogueService catalogue;
  @Inject LearningService learning;
  @Inject AuthoringService authoring;
  @Inject LessonPdf pdf;

  @GET
  @Path("{id}")
  @Operation(
      summary = "A lesson in a variant",
      description =
          "{lessonId, title, bodyHtml, level, language, format, readabilityMeasure,"
              + " readabilityGrade, targetGrade (FLESCH_KINCAID for English; Chinese: none, all"
              + " three null),"
              + " mediaUrl, variants, hasQuiz, completed}. Each of level, language and format as"
              + " asked, the rest as suits the caller (profile and literacy screen); the nearest"
              + " variant written when that exact one is not. An unknown value: 400.")
  public LessonView lesson(
      @PathParam("id") long id,
      @Parameter(description = "EASY_READ, STANDARD or DETAILED") @QueryParam("level") String level,
      @Parameter(description = "en or zh-Hans") @QueryParam("language") String language,
      @Parameter(
              description = "TEXT, LOW_BANDWIDTH, AUDIO, VIDEO or PRINT",
              schema = @Schema(implementation = ContentFormat.class))
          @QueryParam("format")
          String format) {
    return catalogue.lesson(id, level, language, format);
  }

  @GET
  @Path("{id}/pdf")
  @Produces(LessonPdf.MEDIA_TYPE)
  @Operation(
      summary = "A lesson as a printable PDF",
      description =
          "The PRINT variant of ?level= and ?language= (the rest as suits the caller; the nearest"
              + " variant written when that one is not): title, programme, level and the lesson's"
              + " text in large type with page numbers; Chinese in an embedded subset of Noto Sans"
              + " SC. An unknown level or language: 400; no such lesson: 404.")
  @APIResponse(
      responseCode = "200",
      description = "The lesson as a PDF",
      content =
          @Content(
              mediaType = LessonPdf.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(
      @PathParam("id") long id,
      @Parameter(description = "EASY_READ, STANDARD or DETAILED") @QueryParam("level") String level,
      @Parameter(description = "en or zh-Hans") @QueryParam("language") String language) {
    PrintableLesson lesson = catalogue.printable(id, level, language);
    return Response.ok(pdf.render(lesson), LessonPdf.MEDIA_TYPE)
        .header("Content-Disposition", Attachment.of(pdf.fileName(lesson)))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("{id}/quiz")
  @Operation(
      summary = "A lesson's quiz",
      description =
          "{questions: [{id, text, options: [{id, text}]}]} in ?language= or the caller's.")
  public QuizView quiz(
      @PathParam("id") long id,
      @Parameter(description = "en or zh-Hans") @QueryParam("language") String language) {
    return catalogue.quiz(id, language);
  }

  @POST
  @Path("{id}/quiz-answers")
  @Operation(
      summary = "Answer a lesson's quiz",
      description =
          "PATIENT: {answers: [{questionId, optionId}]} → 200 {score, outOf, passed, completed};"
              + " two in three right or more passes and completes the lesson. An unknown question"
              + " or an option of another question: 400.")
  public QuizResult answer(@PathParam("id") long id, QuizAnswers answers) {
    return learning.answer(id, answers);
  }

  @POST
  @Path("{id}/read")
  @Operation(
      summary = "Read a lesson to the end",
      description = "PATIENT: a lesson without a quiz counts as completed (with a quiz: 422).")
  public QuizResult read(@PathParam("id") long id) {
    return learning.readToEnd(id);
  }

  @GET
  @Path("{id}/authoring")
  @Operation(
      summary = "A lesson as its author sees it",
      description =
          "EDUCATOR: every variant with its readability grade, the level's target and whether it"
              + " is within; the quiz with its right answers.")
  public AuthoredLesson authored(@PathParam("id") long id) {
    return authoring.lessonForAuthor(id);
  }

  @PUT
  @Path("{id}/variants")
  @Operation(
      summary = "Write a variant",
      description =
          "EDUCATOR: {level, language, format, title, body, mediaUrl?} → 200 the variant with its"
              + " readability grade (Flesch-Kincaid, English only) and target; new or replacing"
              + " the one of that level, language and format.")
  public AuthoredVariant writeVariant(@PathParam("id") long id, VariantInput input) {
    return authoring.writeVariant(id, input);
  }

  @POST
  @Path("{id}/quiz/questions")
  @Operation(
      summary = "Add a quiz question",
      description =
          "EDUCATOR: {textEn, textZh, options: [{textEn, textZh, correct}]} (2..6 options, one"
              + " correct) → 201 {id}.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LessonCreated.class)))
  public Response addQuestion(@PathParam("id") long id, QuestionInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(new LessonCreated(authoring.addQuestion(id, input)))
        .build();
  }
}
