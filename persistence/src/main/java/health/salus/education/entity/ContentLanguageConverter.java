package health.salus.education.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a content language as its BCP 47 tag. */
@Converter
public class ContentLanguageConverter implements AttributeConverter<ContentLanguage, String> {

  @Override
  public String convertToDatabaseColumn(ContentLanguage language) {
    return language == null ? null : language.tag();
  }

  @Override
  public ContentLanguage convertToEntityAttribute(String tag) {
    return tag == null ? null : ContentLanguage.of(tag).orElseThrow();
  }
}
