package health.salus.community.boundary;

import health.salus.community.control.ReviewRepository;
import health.salus.community.control.ReviewRepository.Subject;
import health.salus.community.control.ReviewRepository.Tally;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The average and count of the published reviews of practitioners and sites, for the directory:
 * asked inside the caller's transaction, one grouped query for a whole page of them.
 */
@Dependent
public class ReviewRatings {

  @Inject ReviewRepository repository;

  /** Each practitioner's rating (those without reviews: {@link ReviewRating#NONE}). */
  public Map<Long, ReviewRating> ofPractitioners(Collection<Long> practitionerIds) {
    return of(Subject.PRACTITIONER, practitionerIds);
  }

  /** Each site's rating (those without reviews: {@link ReviewRating#NONE}). */
  public Map<Long, ReviewRating> ofSites(Collection<Long> siteIds) {
    return of(Subject.SITE, siteIds);
  }

  Map<Long, ReviewRating> of(Subject subject, Collection<Long> ids) {
    Map<Long, Tally> tallies = repository.tallies(subject, ids);
    return ids.stream()
        .distinct()
        .collect(
            Collectors.toMap(
                Function.identity(),
                id -> {
                  Tally tally = tallies.get(id);
                  return tally == null
                      ? ReviewRating.NONE
                      : ReviewRating.of(tally.count(), tally.total());
                }));
  }
}
