package dev.plumbline.diagrams.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.check.diagram.ParseResult;
import dev.plumbline.diagrams.check.mermaid.MermaidParser;
import dev.plumbline.diagrams.export.ViewExporter.Format;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MermaidExportTest {

    private static ModelWorkspace checkout;
    private static ModelWorkspace kinds;

    @BeforeAll
    static void load() throws Exception {
        checkout = Workspaces.loadResource("samples/checkout.dsl");
        kinds = Workspaces.loadResource("samples/kinds.dsl");
    }

    private static String export(ModelWorkspace workspace, String key) {
        return ViewExporter.export(workspace, workspace.view(key).orElseThrow(), Format.MERMAID);
    }

    @Test
    void renders_a_container_view_as_a_flowchart_with_subgraphs_notes_and_fragment_guards() {
        assertThat(export(checkout, "shop-containers")).isEqualTo("""
                %% plumbline:generated shop-containers
                %% generated from checkout.dsl by Plumbline; edit the model, not this file
                flowchart TB
                  accTitle: Shop containers
                  shopper(["Shopper"])
                  subgraph shop["Shop"]
                    web["Web Shop<br/>(Next.js)"]
                    orders["Order Service<br/>(Java)"]
                    stock["Stock Service<br/>(Go)"]
                    db[("Orders DB<br/>(PostgreSQL)")]
                  end
                  payments["Payments"]
                  orders -->|"Validates orders"| orders
                  orders -->|"Stores orders"| db
                  orders -->|"Charges"| payments
                  orders -->|"Reserves stock"| stock
                  shopper -->|"Places orders"| web
                  web -->|"Submits orders<br/>[HTTPS]"| orders
                  web -->|"Redirects to payment<br/>[alt Card payment]"| payments
                  note_1["Owns the order<br/>lifecycle"]
                  note_1 -.- orders
                  classDef plumblineNote fill:#fff5ad,stroke:#d6b656,color:#000000
                  class note_1 plumblineNote
                """);
    }

    @Test
    void renders_a_dynamic_view_as_a_sequence_diagram() {
        assertThat(export(checkout, "checkout-sequence")).isEqualTo("""
                %% plumbline:generated checkout-sequence
                %% generated from checkout.dsl by Plumbline; edit the model, not this file
                sequenceDiagram
                  title Checkout
                  actor shopper as Shopper
                  participant web as Web Shop<br/>(Next.js)
                  participant orders as Order Service<br/>(Java)
                  participant stock as Stock Service<br/>(Go)
                  participant payments as Payments
                  participant db as Orders DB<br/>(PostgreSQL)
                  Note over shopper,db: == Checkout ==
                  shopper->>web: Check out
                  web->>orders: POST /orders
                  activate orders
                  orders->>orders: Validate basket
                  Note right of orders: Basket rules<br/>live here
                  par Stock
                    orders->>stock: Reserve items
                  and Payment
                    orders->>payments: Charge card
                  end
                  alt Accepted
                    orders->>db: INSERT order
                    db->>orders: order id
                  end
                  orders-->>web: 201 Created
                  Note over shopper,web: Done
                  deactivate orders
                """);
    }

    @Test
    void renders_parallel_steps_as_par_fragment() {
        assertThat(export(checkout, "checkout-sequence")).contains("""
                  par Stock
                    orders->>stock: Reserve items
                  and Payment
                    orders->>payments: Charge card
                  end
                """);
    }

    @Test
    void renders_dashed_responses() {
        assertThat(export(checkout, "checkout-sequence"))
                .contains("  orders-->>web: 201 Created\n")
                .contains("  db->>orders: order id\n");
    }

    @Test
    void renders_notes_and_dividers() {
        assertThat(export(checkout, "checkout-sequence"))
                // no divider in Mermaid: a note across all lifelines
                .contains("  Note over shopper,db: == Checkout ==\n  shopper->>web: Check out\n")
                // a note on a message hangs on the lifeline on that side of it
                .contains("  orders->>orders: Validate basket\n  Note right of orders: Basket rules<br/>live here\n")
                .contains("  Note over shopper,web: Done\n");
    }

    @Test
    void writes_a_group_as_a_shaded_rect_with_its_label_and_other_fragments_by_name() {
        assertThat(export(kinds, "kinds-sequence")).isEqualTo("""
                %% plumbline:generated kinds-sequence
                %% generated from kinds.dsl by Plumbline; edit the model, not this file
                sequenceDiagram
                  title Sequence
                  actor ops as Operator
                  participant mail as Mail
                  participant api as API<br/>(Java)
                  participant events as Events<br/>(Kafka)
                  participant store as Store<br/>(PostgreSQL)
                  Note left of ops: Starts<br/>here
                  ops->>api: 1. Request
                  loop Every event
                    api->>events: 2. Publish
                    events->>api: 3. Deliver
                  end
                  opt Cached
                    critical Lock
                      api->>store: 4. Read
                    end
                  end
                  rect rgba(128, 128, 128, 0.1)
                    Note over ops,store: Notify
                    break Unsubscribed
                      api->>mail: 5. Mail
                    end
                  end
                  Note left of events: Idle
                """);
    }

    @Test
    void nests_groups_as_subgraphs_and_draws_styled_dashed_arrows_dotted() {
        assertThat(export(kinds, "kinds-containers")).isEqualTo("""
                %% plumbline:generated kinds-containers
                %% generated from kinds.dsl by Plumbline; edit the model, not this file
                flowchart TB
                  accTitle: Containers
                  ops(["Operator"])
                  subgraph group_1["Company"]
                    subgraph group_2["Platform"]
                      subgraph core["Core"]
                        api["API<br/>(Java)"]
                        events[["Events<br/>(Kafka)"]]
                        store[("Store<br/>(PostgreSQL)")]
                        blobs[("Blobs<br/>(S3)")]
                      end
                    end
                  end
                  mail["Mail"]
                  api --> blobs
                  api -.->|"Publishes to"| events
                  api -->|"Sends mail via"| mail
                  api -->|"Reads from"| store
                  events -->|"Delivers to"| api
                  ops -->|"Calls<br/>[HTTPS]"| api
                """);
    }

    @Test
    void draws_deployment_nodes_as_nested_subgraphs() {
        assertThat(export(kinds, "kinds-deployment")).isEqualTo("""
                %% plumbline:generated kinds-deployment
                %% generated from kinds.dsl by Plumbline; edit the model, not this file
                flowchart TB
                  accTitle: Production
                  subgraph aws["AWS"]
                    subgraph region["eu-west-1"]
                      lb["Load Balancer<br/>(ELB)"]
                      subgraph apiNode["API Servers<br/>(EC2)<br/>x3"]
                        apiInstance["API<br/>(Java)"]
                      end
                      subgraph dbNode["Database<br/>(RDS)"]
                        storeInstance[("Store<br/>(PostgreSQL)")]
                      end
                    end
                  end
                  apiInstance -->|"Reads from"| storeInstance
                  lb -->|"Forwards to<br/>[HTTPS]"| apiInstance
                """);
    }

    @Test
    void draws_decisions_as_rhombi_and_follows_the_view_direction() {
        assertThat(export(kinds, "kinds-flow")).isEqualTo("""
                %% plumbline:generated kinds-flow
                %% generated from kinds.dsl by Plumbline; edit the model, not this file
                flowchart LR
                  accTitle: Flow
                  start(("Start"))
                  check{"Valid?"}
                  done(("Done"))
                  start -->|"Begins"| check
                  check -->|"Yes"| done
                """);
    }

    @Test
    void adds_the_perspective_value_of_the_view_to_each_label_that_has_one() {
        assertThat(export(kinds, "kinds-scaling")).contains("""
                        api["API<br/>(Java)<br/>(min: 2, max: 8)"]
                        store[("Store<br/>(PostgreSQL)")]
                      end
                    end
                  end
                  api -->|"Reads from"| store
                """);
    }

    @Test
    void every_view_of_the_samples_parses_with_the_mermaid_reader() {
        for (ModelWorkspace workspace : new ModelWorkspace[] {checkout, kinds}) {
            workspace.views().forEach(view -> assertThat(new MermaidParser().parse(
                    ViewExporter.export(workspace, view, Format.MERMAID))).as(view.getKey())
                    .isInstanceOf(ParseResult.Parsed.class));
        }
    }

    @Test
    void a_view_without_title_has_no_title_line() {
        assertThat(export(kinds, "kinds-context")).doesNotContain("accTitle").startsWith("""
                %% plumbline:generated kinds-context
                %% generated from kinds.dsl by Plumbline; edit the model, not this file
                flowchart TB
                  ops(["Operator"])
                """);
    }
}
