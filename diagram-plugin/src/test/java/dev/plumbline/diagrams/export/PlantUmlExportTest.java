package dev.plumbline.diagrams.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.export.ViewExporter.Format;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import net.sourceforge.plantuml.sequencediagram.SequenceDiagram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlantUmlExportTest {

    private static ModelWorkspace checkout;
    private static ModelWorkspace kinds;

    @BeforeAll
    static void load() throws Exception {
        checkout = Workspaces.loadResource("samples/checkout.dsl");
        kinds = Workspaces.loadResource("samples/kinds.dsl");
    }

    private static String export(ModelWorkspace workspace, String key) {
        String text = ViewExporter.export(workspace, workspace.view(key).orElseThrow(), Format.PLANTUML);
        PlantUmlParser.parse(text);
        return text;
    }

    @Test
    void renders_a_container_view_with_its_boundary_shapes_note_and_fragment() {
        assertThat(export(checkout, "shop-containers")).isEqualTo("""
                @startuml shop-containers
                ' plumbline:generated shop-containers
                ' generated from checkout.dsl by Plumbline; edit the model, not this file
                title Shop containers
                actor "Shopper" as shopper
                rectangle "Shop" as shop {
                  rectangle "Web Shop\\n(Next.js)" as web
                  rectangle "Order Service\\n(Java)" as orders
                  rectangle "Stock Service\\n(Go)" as stock
                  database "Orders DB\\n(PostgreSQL)" as db
                }
                rectangle "Payments" as payments
                orders --> orders : Validates orders
                orders --> db : Stores orders
                orders --> payments : Charges
                orders --> stock : Reserves stock
                shopper --> web : Places orders
                web --> orders : Submits orders\\n[HTTPS]
                web --> payments : Redirects to payment
                note on link : alt Card payment
                note right of orders : Owns the order\\nlifecycle
                @enduml
                """);
    }

    @Test
    void renders_a_dynamic_view_as_a_sequence_diagram() {
        String text = export(checkout, "checkout-sequence");

        assertThat(text).isEqualTo("""
                @startuml checkout-sequence
                ' plumbline:generated checkout-sequence
                ' generated from checkout.dsl by Plumbline; edit the model, not this file
                title Checkout
                actor "Shopper" as shopper
                participant "Web Shop\\n(Next.js)" as web
                participant "Order Service\\n(Java)" as orders
                participant "Stock Service\\n(Go)" as stock
                participant "Payments" as payments
                database "Orders DB\\n(PostgreSQL)" as db
                == Checkout ==
                shopper -> web : Check out
                web -> orders : POST /orders
                activate orders #lightblue
                orders -> orders : Validate basket
                note right : Basket rules\\nlive here
                par Stock
                  orders -> stock : Reserve items
                else Payment
                  orders -> payments : Charge card
                end
                alt Accepted
                  orders -> db : INSERT order
                  db -> orders : order id
                end
                orders --> web : 201 Created
                note over shopper, web : Done
                deactivate orders
                @enduml
                """);
        assertThat(PlantUmlParser.parse(text)).isInstanceOf(SequenceDiagram.class);
    }

    @Test
    void renders_parallel_steps_as_par_fragment() {
        assertThat(export(checkout, "checkout-sequence")).contains("""
                par Stock
                  orders -> stock : Reserve items
                else Payment
                  orders -> payments : Charge card
                end
                """);
    }

    @Test
    void renders_dashed_responses() {
        String text = export(checkout, "checkout-sequence");

        assertThat(text).contains("orders --> web : 201 Created\n")
                // a response the view overrides to solid
                .contains("db -> orders : order id\n");
    }

    @Test
    void renders_notes_and_dividers() {
        assertThat(export(checkout, "checkout-sequence"))
                .contains("== Checkout ==\nshopper -> web : Check out\n")
                .contains("orders -> orders : Validate basket\nnote right : Basket rules\\nlive here\n")
                .contains("note over shopper, web : Done\n");
    }

    @Test
    void puts_declared_participants_first_and_writes_every_fragment_kind() {
        assertThat(export(kinds, "kinds-sequence")).isEqualTo("""
                @startuml kinds-sequence
                ' plumbline:generated kinds-sequence
                ' generated from kinds.dsl by Plumbline; edit the model, not this file
                title Sequence
                actor "Operator" as ops
                participant "Mail" as mail
                participant "API\\n(Java)" as api
                queue "Events\\n(Kafka)" as events
                database "Store\\n(PostgreSQL)" as store
                note left of ops : Starts\\nhere
                ops -> api : 1. Request
                loop Every event
                  api -> events : 2. Publish
                  events -> api : 3. Deliver
                end
                opt Cached
                  critical Lock
                    api -> store : 4. Read
                  end
                end
                group Notify
                  break Unsubscribed
                    api -> mail : 5. Mail
                  end
                end
                note left of events : Idle
                @enduml
                """);
    }

    @Test
    void nests_groups_inside_groups_and_containers_inside_their_system() {
        assertThat(export(kinds, "kinds-containers")).isEqualTo("""
                @startuml kinds-containers
                ' plumbline:generated kinds-containers
                ' generated from kinds.dsl by Plumbline; edit the model, not this file
                title Containers
                actor "Operator" as ops
                package "Company" as group_1 {
                  package "Platform" as group_2 {
                    rectangle "Core" as core {
                      rectangle "API\\n(Java)" as api
                      queue "Events\\n(Kafka)" as events
                      database "Store\\n(PostgreSQL)" as store
                      storage "Blobs\\n(S3)" as blobs
                    }
                  }
                }
                rectangle "Mail" as mail
                api --> blobs
                api ..> events : Publishes to
                api --> mail : Sends mail via
                api --> store : Reads from
                events --> api : Delivers to
                ops --> api : Calls\\n[HTTPS]
                @enduml
                """);
    }

    @Test
    void draws_deployment_nodes_as_nested_nodes_around_their_instances() {
        assertThat(export(kinds, "kinds-deployment")).isEqualTo("""
                @startuml kinds-deployment
                ' plumbline:generated kinds-deployment
                ' generated from kinds.dsl by Plumbline; edit the model, not this file
                title Production
                cloud "AWS" as aws {
                  node "eu-west-1" as region {
                    rectangle "Load Balancer\\n(ELB)" as lb
                    node "API Servers\\n(EC2)\\nx3" as apiNode {
                      rectangle "API\\n(Java)" as apiInstance
                    }
                    node "Database\\n(RDS)" as dbNode {
                      database "Store\\n(PostgreSQL)" as storeInstance
                    }
                  }
                }
                apiInstance --> storeInstance : Reads from
                lb --> apiInstance : Forwards to\\n[HTTPS]
                @enduml
                """);
    }

    @Test
    void draws_custom_elements_by_their_metadata_left_to_right() {
        assertThat(export(kinds, "kinds-flow")).isEqualTo("""
                @startuml kinds-flow
                ' plumbline:generated kinds-flow
                ' generated from kinds.dsl by Plumbline; edit the model, not this file
                title Flow
                left to right direction
                usecase "Start" as start
                hexagon "Valid?" as check
                usecase "Done" as done
                start --> check : Begins
                check --> done : Yes
                @enduml
                """);
    }

    @Test
    void draws_components_inside_their_container_with_a_note() {
        assertThat(export(kinds, "kinds-components")).contains("""
                rectangle "API\\n(Java)" as api {
                  rectangle "Handler\\n(Spring MVC)" as handler
                  rectangle "Repository\\n(JDBC)" as repo
                }
                database "Store\\n(PostgreSQL)" as store
                handler --> repo : Uses
                repo --> store : Queries\\n[SQL]
                note bottom of repo : Only\\nreads
                """);
    }

    @Test
    void adds_the_perspective_value_of_the_view_to_each_label_that_has_one() {
        assertThat(export(kinds, "kinds-scaling")).endsWith("""
                    rectangle "Core" as core {
                      rectangle "API\\n(Java)\\n(min: 2, max: 8)" as api
                      database "Store\\n(PostgreSQL)" as store
                    }
                  }
                }
                api --> store : Reads from
                @enduml
                """);
    }

    @Test
    void every_view_of_the_samples_parses_with_plantuml() {
        for (ModelWorkspace workspace : new ModelWorkspace[] {checkout, kinds}) {
            workspace.views().forEach(view -> PlantUmlParser.parse(
                    ViewExporter.export(workspace, view, Format.PLANTUML)));
        }
    }
}
