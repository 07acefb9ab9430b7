package dev.unknot.domain.exercises;

import dev.unknot.domain.ValidationException;

import java.util.List;
import java.util.Optional;

/** The four exercises the guide names, in its order. */
public final class ExerciseCatalogue {
    public static final String BIRD_DOG = "bird_dog";
    public static final String EIGHT_POINT_PLANK = "eight_point_plank";
    public static final String SQUAT_TO_ROW = "squat_to_row";
    public static final String BALL_CHEST_PRESS = "ball_chest_press";

    private final List<Exercise> exercises = List.of(
            new Exercise(BIRD_DOG, "Bird dog",
                    "On hands and knees, with hands under your shoulders and knees under your hips, set your back "
                            + "flat like a table. Slowly stretch one arm forward and the opposite leg back, only as "
                            + "high as your back stays still, then bring them in and change sides. If the sore "
                            + "spot pulls, shorten the reach or keep the foot on the floor."),
            new Exercise(EIGHT_POINT_PLANK, "8-point plank",
                    "Lie face down and rise onto your forearms and elbows, keeping your knees and toes on the "
                            + "floor, so eight points hold you up. Gently draw your belly in and keep a straight "
                            + "line from head to knees, breathing steadily. Your knees take the load off your "
                            + "low back; if it still aches, lower your hips a little."),
            new Exercise(SQUAT_TO_ROW, "Squat to row",
                    "Hold a light band fixed at chest height, stand facing it and sit back into a comfortable "
                            + "squat with your chest up. As you stand, pull the band to your lower ribs and squeeze "
                            + "your shoulder blades together. Keep your back straight and never twist; if the sore "
                            + "area complains, squat less deep and use a lighter band."),
            new Exercise(BALL_CHEST_PRESS, "Ball chest press",
                    "Rest your head and shoulder blades on an exercise ball with your feet flat and a light weight "
                            + "in each hand beside your chest. Press both straight up over your chest, then lower "
                            + "them slowly while your hips stay level. If your low back is the sore area, do it "
                            + "lying on the floor instead so your back stays fully supported."));

    public List<Exercise> all() {
        return exercises;
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Exercise byId(String id) {
        return find(id).orElseThrow(() -> new ValidationException("Unknown exercise: " + id));
    }
}
