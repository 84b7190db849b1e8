package dev.plumbline.diagrams.render.plantuml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.plumbline.diagrams.render.DiagramRequest;
import dev.plumbline.diagrams.render.RenderResult;

class DeterministicOutputTest {

    static final List<DiagramRequest> DIAGRAMS = List.of(
            DiagramRequest.svg("sequence", """
                    @startuml
                    actor User
                    participant "API Gateway" as gw
                    database "Orders DB" as db
                    User -> gw : POST /orders
                    alt valid
                      gw -> db : insert
                    else invalid
                      gw --> User : 400
                    end
                    @enduml
                    """),
            DiagramRequest.svg("components", """
                    @startuml
                    package "Edge" {
                      component CDN
                    }
                    package "Core" {
                      component "Order Service" as orders
                      queue Kafka
                    }
                    CDN --> orders : HTTPS
                    orders --> Kafka : OrderPlaced
                    note right of Kafka : partitioned by order id
                    @enduml
                    """),
            DiagramRequest.svg("c4", """
                    @startuml
                    !include <C4/C4_Container>
                    Person(user, "User")
                    System_Boundary(b, "Shop") {
                      Container(api, "API", "Java")
                      ContainerDb(db, "DB", "Postgres")
                    }
                    Rel(user, api, "Uses")
                    Rel(api, db, "Reads")
                    @enduml
                    """),
            DiagramRequest.svg("classes", """
                    @startuml
                    class Order {
                      +id: UUID
                    }
                    class Line
                    Order "1" *-- "many" Line
                    @enduml
                    """));

    @TempDir
    Path project;

    @Test
    void same_sources_give_identical_svg_bytes_with_one_or_four_workers() {
        List<byte[]> withOne = renderAll(1);
        List<byte[]> withFour = renderAll(4);

        for (int i = 0; i < DIAGRAMS.size(); i++) {
            assertThat(withFour.get(i)).as(DIAGRAMS.get(i).name()).isEqualTo(withOne.get(i));
        }
    }

    @Test
    void rendering_the_same_source_again_in_a_warm_worker_gives_identical_bytes() {
        try (PlantUmlRenderer renderer = PlantUmlRenderer.start(PlantUmlOptions.builder(project).poolSize(1).build())) {
            List<RenderResult> twice = renderer.renderAll(
                    List.of(DIAGRAMS.get(1), DIAGRAMS.get(2), DIAGRAMS.get(1), DIAGRAMS.get(2)));

            assertThat(image(twice.get(2))).isEqualTo(image(twice.get(0)));
            assertThat(image(twice.get(3))).isEqualTo(image(twice.get(1)));
        }
    }

    private List<byte[]> renderAll(int workers) {
        try (PlantUmlRenderer renderer = PlantUmlRenderer.start(
                PlantUmlOptions.builder(project).poolSize(workers).build())) {
            // Twice over, so that with several workers diagrams land on workers in varying orders.
            List<DiagramRequest> requests = new java.util.ArrayList<>(DIAGRAMS);
            requests.addAll(DIAGRAMS.reversed());
            List<RenderResult> results = renderer.renderAll(requests);
            int n = DIAGRAMS.size();
            for (int i = 0; i < n; i++) {
                assertThat(image(results.get(2 * n - 1 - i))).isEqualTo(image(results.get(i)));
            }
            return results.subList(0, n).stream().map(DeterministicOutputTest::image).toList();
        }
    }

    private static byte[] image(RenderResult result) {
        assertThat(result).isInstanceOf(RenderResult.Rendered.class);
        return ((RenderResult.Rendered) result).image();
    }
}
