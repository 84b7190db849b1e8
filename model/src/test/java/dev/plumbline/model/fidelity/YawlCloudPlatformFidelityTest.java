package dev.plumbline.model.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.model.DeploymentElement;
import com.structurizr.model.Element;
import com.structurizr.view.ModelView;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 (YAWL Cloud Platform): every diagram survives in its view. Labels are the seed's, with the double-encoded
 * UTF-8 repaired (📧, →, ×, ✓). Where a seed repeats a label inside one diagram ("App Pods", "Envoy Sidecar"), the
 * wiring is checked by identifier as well, because labels alone could not tell the copies apart.
 */
class YawlCloudPlatformFidelityTest {

    private static final String WORKSPACE = "plumbline/workspaces/yawl-cloud-platform.dsl";

    private static ModelWorkspace loaded;

    @Test
    void network_architecture() throws Exception {
        SeedView.of(WORKSPACE, "yawl-network-architecture")
                .hasTitle("Multi-Cloud Network Topology")
                .hasElements("""
                Internet
                Internet
                CDN (CloudFlare)
                DDoS Protection
                AWS Region: us-east-1
                VPC: 10.0.0.0/16
                Public Subnet: 10.0.1.0/24
                ALB
                NAT Gateway
                Private Subnet: 10.0.2.0/24
                EKS Cluster
                App Pods
                Data Subnet: 10.0.3.0/24
                RDS PostgreSQL
                ElastiCache Redis
                Azure Region: eastus
                VNet: 10.1.0.0/16
                Public Subnet: 10.1.1.0/24
                App Gateway
                NAT Gateway
                Private Subnet: 10.1.2.0/24
                AKS Cluster
                App Pods
                Data Subnet: 10.1.3.0/24
                PostgreSQL Flexible
                Azure Cache for Redis
                GCP Region: us-central1
                VPC: 10.2.0.0/16
                Public Subnet: 10.2.1.0/24
                Cloud Load Balancer
                Cloud NAT
                Private Subnet: 10.2.2.0/24
                GKE Cluster
                App Pods
                Data Subnet: 10.2.3.0/24
                Cloud SQL
                Memorystore Redis
                Traffic Manager
                Global Load Balancer (GeoDNS)
                """)
                .hasRelationships("""
                Internet -> CDN (CloudFlare)
                CDN (CloudFlare) -> DDoS Protection
                DDoS Protection -> Global Load Balancer (GeoDNS)
                Global Load Balancer (GeoDNS) -> ALB : US East traffic
                Global Load Balancer (GeoDNS) -> App Gateway : EU traffic
                Global Load Balancer (GeoDNS) -> Cloud Load Balancer : APAC traffic
                ALB -> EKS Cluster
                App Gateway -> AKS Cluster
                Cloud Load Balancer -> GKE Cluster
                EKS Cluster -> App Pods
                AKS Cluster -> App Pods
                GKE Cluster -> App Pods
                App Pods -> RDS PostgreSQL
                App Pods -> ElastiCache Redis
                App Pods -> PostgreSQL Flexible
                App Pods -> Azure Cache for Redis
                App Pods -> Cloud SQL
                App Pods -> Memorystore Redis
                App Pods -> NAT Gateway : Outbound traffic
                App Pods -> NAT Gateway : Outbound traffic
                App Pods -> Cloud NAT : Outbound traffic
                """);
        assertNesting("yawl-network-architecture", """
                Internet: CDN (CloudFlare), DDoS Protection, Internet
                AWS Region: us-east-1: VPC: 10.0.0.0/16
                AWS Region: us-east-1 / VPC: 10.0.0.0/16: Data Subnet: 10.0.3.0/24, Private Subnet: 10.0.2.0/24, Public Subnet: 10.0.1.0/24
                AWS Region: us-east-1 / VPC: 10.0.0.0/16 / Public Subnet: 10.0.1.0/24: ALB, NAT Gateway
                AWS Region: us-east-1 / VPC: 10.0.0.0/16 / Private Subnet: 10.0.2.0/24: App Pods, EKS Cluster
                AWS Region: us-east-1 / VPC: 10.0.0.0/16 / Data Subnet: 10.0.3.0/24: ElastiCache Redis, RDS PostgreSQL
                Azure Region: eastus: VNet: 10.1.0.0/16
                Azure Region: eastus / VNet: 10.1.0.0/16: Data Subnet: 10.1.3.0/24, Private Subnet: 10.1.2.0/24, Public Subnet: 10.1.1.0/24
                Azure Region: eastus / VNet: 10.1.0.0/16 / Public Subnet: 10.1.1.0/24: App Gateway, NAT Gateway
                Azure Region: eastus / VNet: 10.1.0.0/16 / Private Subnet: 10.1.2.0/24: AKS Cluster, App Pods
                Azure Region: eastus / VNet: 10.1.0.0/16 / Data Subnet: 10.1.3.0/24: Azure Cache for Redis, PostgreSQL Flexible
                GCP Region: us-central1: VPC: 10.2.0.0/16
                GCP Region: us-central1 / VPC: 10.2.0.0/16: Data Subnet: 10.2.3.0/24, Private Subnet: 10.2.2.0/24, Public Subnet: 10.2.1.0/24
                GCP Region: us-central1 / VPC: 10.2.0.0/16 / Public Subnet: 10.2.1.0/24: Cloud Load Balancer, Cloud NAT
                GCP Region: us-central1 / VPC: 10.2.0.0/16 / Private Subnet: 10.2.2.0/24: App Pods, GKE Cluster
                GCP Region: us-central1 / VPC: 10.2.0.0/16 / Data Subnet: 10.2.3.0/24: Cloud SQL, Memorystore Redis
                Traffic Manager: Global Load Balancer (GeoDNS)
                """);
        assertWiring("yawl-network-architecture", """
                internetTraffic -> cdn
                cdn -> edgeDdos
                edgeDdos -> gslb
                gslb -> albAws
                gslb -> appGateway
                gslb -> lbGcp
                albAws -> eks
                appGateway -> aks
                lbGcp -> gke
                eks -> appAws
                aks -> appAzure
                gke -> appGcp
                appAws -> rdsAws
                appAws -> redisAws
                appAzure -> pgAzure
                appAzure -> redisAzure
                appGcp -> cloudSql
                appGcp -> redisGcp
                appAws -> natAws
                appAzure -> natAzure
                appGcp -> natGcp
                """);
    }

    @Test
    void security_architecture() {
        SeedView.of(WORKSPACE, "yawl-security-architecture")
                .hasTitle("Defense-in-Depth Layers")
                .hasElements("""
                WAF (ModSecurity)
                DDoS Protection
                Rate Limiting
                IP Allowlist/Blocklist
                Network Policies
                Firewall Rules
                VPN Gateway
                Private Link
                API Gateway (OAuth2)
                JWT Validation
                RBAC
                mTLS
                Encryption at Rest
                Encryption in Transit
                Key Management (Vault)
                Data Masking
                SIEM (Splunk)
                IDS/IPS (Snort)
                Audit Logging
                Threat Detection
                """)
                .hasRelationships("""
                WAF (ModSecurity) -> Network Policies
                DDoS Protection -> Network Policies
                Rate Limiting -> API Gateway (OAuth2)
                Network Policies -> RBAC
                API Gateway (OAuth2) -> Encryption in Transit
                RBAC -> Encryption at Rest
                Encryption at Rest -> SIEM (Splunk)
                Key Management (Vault) -> Audit Logging
                """)
                .hasGroups("""
                Layer 1: Perimeter Security: WAF (ModSecurity), DDoS Protection, Rate Limiting, IP Allowlist/Blocklist
                Layer 2: Network Security: Network Policies, Firewall Rules, VPN Gateway, Private Link
                Layer 3: Application Security: API Gateway (OAuth2), JWT Validation, RBAC, mTLS
                Layer 4: Data Security: Encryption at Rest, Encryption in Transit, Key Management (Vault), Data Masking
                Layer 5: Monitoring & Response: SIEM (Splunk), IDS/IPS (Snort), Audit Logging, Threat Detection
                """);
    }

    @Test
    void security_architecture_keeps_the_layer_colours() throws Exception {
        var styles = workspace().structurizr().getViews().getConfiguration().getStyles();
        Map<String, String> colours = new TreeMap<>();
        for (int layer = 1; layer <= 5; layer++) {
            colours.put("Layer " + layer, styles.getElementStyle("Layer " + layer).getBackground());
        }
        assertThat(colours).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "Layer 1", "#add8e6",    // lightblue
                "Layer 2", "#90ee90",    // lightgreen
                "Layer 3", "#ffffe0",    // lightyellow
                "Layer 4", "#ffb6c1",    // lightpink
                "Layer 5", "#d3d3d3"))); // lightgray
        assertThat(styles.getElementStyle("Group:Layer 3: Application Security").getBackground()).isEqualTo("#ffffe0");
    }

    @Test
    void auth_flow() {
        SeedView.of(WORKSPACE, "yawl-auth-flow")
                .hasTitle("Authentication & Authorization Flow")
                .hasElements("""
                User
                Web App
                API Gateway
                Auth Service (OAuth2)
                User DB
                Vault (Secrets)
                Backend Service
                """)
                .hasParticipantsInOrder("""
                User
                Web App
                API Gateway
                Auth Service (OAuth2)
                User DB
                Vault (Secrets)
                Backend Service
                """)
                .hasSteps("""
                User -> Web App : Login (email, password)
                Web App -> API Gateway : POST /auth/login
                API Gateway -> Auth Service (OAuth2) : authenticate(credentials)
                Auth Service (OAuth2) -> User DB : SELECT * FROM users WHERE email=?
                User DB --> Auth Service (OAuth2) : User record
                Auth Service (OAuth2) -> Auth Service (OAuth2) : bcrypt.verify(password, passwordHash)
                Auth Service (OAuth2) -> Auth Service (OAuth2) : Generate JWT token
                Auth Service (OAuth2) --> API Gateway : {accessToken, refreshToken}
                API Gateway --> Web App : Tokens
                Web App -> Web App : Store in httpOnly cookie
                User -> Web App : GET /api/workflows
                Web App -> API Gateway : GET /api/workflows Authorization: Bearer <token>
                API Gateway -> API Gateway : Validate JWT signature
                API Gateway -> API Gateway : Check token expiration
                API Gateway -> API Gateway : Extract claims (userId, tenantId, roles)
                API Gateway -> Backend Service : Forward request + claims
                Backend Service -> Backend Service : Check RBAC permissions
                Backend Service -> Backend Service : Apply tenant isolation
                Backend Service -> User DB : Query tenant's data only
                User DB --> Backend Service : Workflows
                Backend Service --> API Gateway : Response
                API Gateway --> Web App : Workflows
                Web App --> User : Display workflows
                """)
                .hasDirectives("""
                after 7: note right: JWT contains:\\n- sub: userId\\n- tenant: tenantId\\n- roles: [admin, user]\\n- exp: 1h
                before 11: == Authenticated Request ==
                after 17: note right: Rules:\\n- admin: all operations\\n- user: read own workflows\\n- viewer: read only
                """);
    }

    @Test
    void workflow_execution_data_flow() {
        SeedView.of(WORKSPACE, "yawl-workflow-execution-data-flow")
                .hasTitle("Workflow Execution Data Flow")
                .hasElements("""
                User
                Web App
                Workflow Engine
                PostgreSQL (Workflow State)
                Redis (Cache)
                InfluxDB (Metrics)
                Elasticsearch (Logs)
                Event Bus (Kafka)
                Analytics Service
                Notification Service
                """)
                .hasParticipantsInOrder("""
                User
                Web App
                Workflow Engine
                PostgreSQL (Workflow State)
                Redis (Cache)
                InfluxDB (Metrics)
                Elasticsearch (Logs)
                Event Bus (Kafka)
                Analytics Service
                Notification Service
                """)
                .hasSteps("""
                User -> Web App : Launch workflow
                Web App -> Workflow Engine : POST /api/cases {specId, caseData}
                Workflow Engine -> Redis (Cache) : CHECK cache:spec:{specId}
                Redis (Cache) --> Workflow Engine : null (cache miss)
                Workflow Engine -> PostgreSQL (Workflow State) : SELECT * FROM specifications WHERE id=?
                PostgreSQL (Workflow State) --> Workflow Engine : YSpecification
                Workflow Engine -> Redis (Cache) : SET cache:spec:{specId} (TTL 1h)
                Workflow Engine -> PostgreSQL (Workflow State) : BEGIN TRANSACTION
                Workflow Engine -> PostgreSQL (Workflow State) : INSERT INTO cases (id, specId, data, status)
                Workflow Engine -> PostgreSQL (Workflow State) : INSERT INTO work_items (id, caseId, taskId, status)
                Workflow Engine -> PostgreSQL (Workflow State) : COMMIT TRANSACTION
                PostgreSQL (Workflow State) --> Workflow Engine : caseId
                Workflow Engine -> Event Bus (Kafka) : PUBLISH workflow.started {caseId, specId, tenantId}
                Workflow Engine -> InfluxDB (Metrics) : WRITE workflow_started {caseId, timestamp, tenantId}
                Workflow Engine -> Elasticsearch (Logs) : INDEX log {level: INFO, message: "Workflow started"}
                Workflow Engine --> Web App : {caseId, status: "running"}
                Web App --> User : Workflow running
                Event Bus (Kafka) -> Analytics Service : CONSUME workflow.started
                Analytics Service -> PostgreSQL (Workflow State) : Query historical data
                Analytics Service -> InfluxDB (Metrics) : WRITE prediction {caseId, estimatedDuration}
                Event Bus (Kafka) -> Notification Service : CONSUME workflow.started
                Notification Service -> User : 📧 Email: "Workflow started"
                User -> Web App : Complete task
                Web App -> Workflow Engine : POST /api/work-items/{id}/complete {outputData}
                Workflow Engine -> PostgreSQL (Workflow State) : BEGIN TRANSACTION
                Workflow Engine -> PostgreSQL (Workflow State) : UPDATE work_items SET status='completed', data=?
                Workflow Engine -> PostgreSQL (Workflow State) : INSERT INTO work_items (next task)
                Workflow Engine -> PostgreSQL (Workflow State) : COMMIT TRANSACTION
                Workflow Engine -> Redis (Cache) : DEL cache:workitem:{id}
                Workflow Engine -> Event Bus (Kafka) : PUBLISH workitem.completed
                Workflow Engine -> InfluxDB (Metrics) : WRITE workitem_duration {taskId, duration}
                Workflow Engine -> Elasticsearch (Logs) : INDEX log
                Workflow Engine --> Web App : {status: "completed"}
                """)
                .hasDirectives("""
                before 18: == Background Processing ==
                before 23: == Work Item Completion ==
                """);
    }

    @Test
    void ai_generation_data_flow() {
        SeedView.of(WORKSPACE, "yawl-ai-generation-data-flow")
                .hasTitle("AI Workflow Generation Data Flow")
                .hasElements("""
                User
                Web App
                AI Orchestrator
                Neo4j (Knowledge Graph)
                Redis (Cache)
                Z.AI API
                Workflow Engine
                PostgreSQL
                Event Bus
                """)
                .hasParticipantsInOrder("""
                User
                Web App
                AI Orchestrator
                Neo4j (Knowledge Graph)
                Redis (Cache)
                Z.AI API
                Workflow Engine
                PostgreSQL
                Event Bus
                """)
                .hasSteps("""
                User -> Web App : "Create invoice approval workflow"
                Web App -> AI Orchestrator : POST /api/ai/generate {intent: "invoice approval workflow"}
                AI Orchestrator -> Redis (Cache) : CHECK cache:generation:{hash(intent)}
                Redis (Cache) --> AI Orchestrator : null (cache miss)
                AI Orchestrator -> Neo4j (Knowledge Graph) : MATCH (w:Workflow) WHERE w.description CONTAINS 'invoice'
                Neo4j (Knowledge Graph) --> AI Orchestrator : Similar workflows [w1, w2, w3]
                AI Orchestrator -> Neo4j (Knowledge Graph) : MATCH (w1)-[:USES]->(p:Pattern)
                Neo4j (Knowledge Graph) --> AI Orchestrator : Common patterns [approval, notification, escalation]
                AI Orchestrator -> AI Orchestrator : Build prompt: - User intent - Similar workflows - Best practices - YAWL schema
                AI Orchestrator -> Z.AI API : POST /v4/chat/completions {prompt, model: "glm-4.7-flash"}
                Z.AI API --> AI Orchestrator : YAWL XML
                AI Orchestrator -> AI Orchestrator : Validate against YAWL Schema 4.0
                AI Orchestrator -> AI Orchestrator : Parse XML → YSpecification object
                AI Orchestrator -> Workflow Engine : POST /api/specifications/validate
                Workflow Engine -> Workflow Engine : YSpecification.validate()
                Workflow Engine --> AI Orchestrator : Validation result: OK
                AI Orchestrator -> PostgreSQL : INSERT INTO specifications (id, xml, generatedBy='AI')
                PostgreSQL --> AI Orchestrator : specId
                AI Orchestrator -> Neo4j (Knowledge Graph) : CREATE (w:Workflow {id, description, generatedBy='AI'})
                AI Orchestrator -> Neo4j (Knowledge Graph) : CREATE (w)-[:SIMILAR_TO]->(w1)
                AI Orchestrator -> Neo4j (Knowledge Graph) : CREATE (w)-[:USES]->(p:Pattern {type: 'approval'})
                Neo4j (Knowledge Graph) --> AI Orchestrator : Nodes created
                AI Orchestrator -> Redis (Cache) : SET cache:generation:{hash(intent)} = specId (TTL 24h)
                AI Orchestrator -> Event Bus : PUBLISH ai.workflow.generated {specId, intent, userId}
                AI Orchestrator --> Web App : {specId, preview, estimatedAccuracy: 0.95}
                Web App --> User : "Workflow created! Review & deploy"
                User -> Web App : "Deploy workflow"
                Web App -> Workflow Engine : POST /api/cases/launch {specId, caseData}
                Workflow Engine -> PostgreSQL : INSERT INTO cases
                Workflow Engine --> Web App : caseId
                Web App -> AI Orchestrator : POST /api/ai/feedback {specId, action: 'deployed'}
                AI Orchestrator -> Neo4j (Knowledge Graph) : MATCH (w:Workflow {id: specId}) SET w.deployedCount += 1
                AI Orchestrator -> Neo4j (Knowledge Graph) : MATCH (w)-[:USES]->(p:Pattern) SET p.successRate += 1
                Neo4j (Knowledge Graph) --> AI Orchestrator : Updated
                """)
                .hasDirectives("""
                after 5: note right: Cypher query finds similar\\nworkflows from knowledge graph
                after 10: note right: Prompt engineering:\\n- System: "You are a YAWL expert"\\n- Context: Similar workflows\\n- Task: Generate YAWL XML\\n- Constraints: Valid schema
                before 27: == User Reviews & Deploys ==
                after 31: note right: Feedback loop:\\nDeployment = positive signal\\nEdit/reject = negative signal
                """);
    }

    @Test
    void marketplace_data_flow() {
        SeedView.of(WORKSPACE, "yawl-marketplace-data-flow")
                .hasTitle("Marketplace Transaction Data Flow")
                .hasElements("""
                Buyer
                Creator
                Web App
                Marketplace Service
                MongoDB (Templates)
                Stripe
                PostgreSQL (Purchases)
                Notification Service
                Redis (Cache)
                """)
                .hasParticipantsInOrder("""
                Buyer
                Creator
                Web App
                Marketplace Service
                MongoDB (Templates)
                Stripe
                PostgreSQL (Purchases)
                Notification Service
                Redis (Cache)
                """)
                .hasSteps("""
                Buyer -> Web App : Browse templates (category: "finance")
                Web App -> Marketplace Service : GET /api/templates?category=finance
                Marketplace Service -> Redis (Cache) : CHECK cache:templates:finance
                Redis (Cache) --> Marketplace Service : [template list] (cache hit)
                Marketplace Service --> Web App : Templates
                Web App --> Buyer : Show 20 finance templates
                Buyer -> Web App : Click template details
                Web App -> Marketplace Service : GET /api/templates/{id}
                Marketplace Service -> Redis (Cache) : CHECK cache:template:{id}
                Redis (Cache) --> Marketplace Service : null (cache miss)
                Marketplace Service -> MongoDB (Templates) : db.templates.findOne({_id: id})
                MongoDB (Templates) --> Marketplace Service : Template document
                Marketplace Service -> Redis (Cache) : SET cache:template:{id} (TTL 1h)
                Marketplace Service --> Web App : Template details
                Web App --> Buyer : Show preview, reviews, stats
                Buyer -> Web App : Click "Purchase" ($99.99)
                Web App -> Marketplace Service : POST /api/purchases {templateId, buyerId}
                Marketplace Service -> PostgreSQL (Purchases) : SELECT * FROM purchases WHERE buyerId=? AND templateId=?
                PostgreSQL (Purchases) --> Marketplace Service : null (not purchased yet)
                Marketplace Service -> MongoDB (Templates) : db.templates.findOne({_id: templateId})
                MongoDB (Templates) --> Marketplace Service : {price: 9999} (cents)
                Marketplace Service -> Stripe : stripe.checkout.sessions.create() {amount: 9999, metadata: {templateId, buyerId}}
                Stripe --> Marketplace Service : {id: "cs_xxx", url: "https://checkout.stripe.com/..."}
                Marketplace Service --> Web App : {checkoutUrl}
                Web App --> Buyer : Redirect to Stripe
                Buyer -> Stripe : Enter payment info (card number, etc.)
                Stripe -> Stripe : Process payment
                Stripe -> Stripe : Charge $99.99
                Stripe -> Marketplace Service : Webhook: checkout.session.completed {paymentIntentId, metadata}
                Marketplace Service -> Marketplace Service : Verify webhook signature
                Marketplace Service -> PostgreSQL (Purchases) : BEGIN TRANSACTION
                Marketplace Service -> PostgreSQL (Purchases) : INSERT INTO purchases (id, templateId, buyerId, price, stripeId)
                Marketplace Service -> MongoDB (Templates) : db.templates.updateOne( {_id: templateId}, {$inc: {downloads: 1}})
                Marketplace Service -> PostgreSQL (Purchases) : COMMIT TRANSACTION
                Marketplace Service -> Stripe : Calculate payout: $99.99 × 0.70 = $69.99 (creator) $99.99 × 0.30 = $30.00 (platform)
                Marketplace Service -> MongoDB (Templates) : db.creators.findOne({templateId: templateId})
                MongoDB (Templates) --> Marketplace Service : {stripeAccountId: "acct_creator"}
                Marketplace Service -> Stripe : stripe.transfers.create() {amount: 6999, destination: "acct_creator"}
                Stripe -> Creator : Transfer $69.99 to bank account
                Stripe --> Marketplace Service : Transfer successful
                Marketplace Service -> Redis (Cache) : DEL cache:template:{templateId}
                Marketplace Service -> Notification Service : sendEmail(buyer, "purchase_confirmation")
                Marketplace Service -> Notification Service : sendEmail(creator, "sale_notification")
                Notification Service -> Buyer : 📧 "Thank you for your purchase!"
                Notification Service -> Creator : 📧 "You earned $69.99!"
                Marketplace Service --> Web App : Purchase complete
                Web App --> Buyer : "Download your template"
                Buyer -> Web App : Click "Download"
                Web App -> Marketplace Service : GET /api/templates/{id}/download
                Marketplace Service -> PostgreSQL (Purchases) : SELECT * FROM purchases WHERE buyerId=? AND templateId=?
                PostgreSQL (Purchases) --> Marketplace Service : Purchase record ✓
                Marketplace Service -> MongoDB (Templates) : db.templates.findOne({_id: templateId})
                MongoDB (Templates) --> Marketplace Service : {yawlSpec: "<xml>...</xml>"}
                Marketplace Service --> Web App : {yawlSpec}
                Web App --> Buyer : Download YAWL file
                """)
                .hasDirectives("""
                after 41: note right: Invalidate cache (download count changed)
                """);
    }

    @Test
    void observability_architecture() {
        SeedView.of(WORKSPACE, "yawl-observability-architecture")
                .hasTitle("Monitoring Stack")
                .hasElements("""
                Web App
                Workflow Engine
                AI Orchestrator
                Marketplace
                Prometheus
                Prometheus Exporters
                Time-Series DB
                Fluent Bit
                Loki
                Log Storage
                OpenTelemetry Collector
                Jaeger
                Trace Storage
                Grafana
                Alertmanager
                PagerDuty
                """)
                .hasRelationships("""
                Web App -> Prometheus Exporters : /metrics
                Workflow Engine -> Prometheus Exporters : /metrics
                AI Orchestrator -> Prometheus Exporters : /metrics
                Marketplace -> Prometheus Exporters : /metrics
                Prometheus Exporters -> Prometheus : scrape every 15s
                Prometheus -> Time-Series DB : store
                Web App -> Fluent Bit : stdout/stderr
                Workflow Engine -> Fluent Bit : stdout/stderr
                AI Orchestrator -> Fluent Bit : stdout/stderr
                Fluent Bit -> Loki : ship logs
                Loki -> Log Storage : store
                Web App -> OpenTelemetry Collector : OTLP
                Workflow Engine -> OpenTelemetry Collector : OTLP
                AI Orchestrator -> OpenTelemetry Collector : OTLP
                OpenTelemetry Collector -> Jaeger : forward traces
                Jaeger -> Trace Storage : store
                Prometheus -> Grafana : data source
                Loki -> Grafana : data source
                Jaeger -> Grafana : data source
                Prometheus -> Alertmanager : fire alerts
                Alertmanager -> PagerDuty : notify on-call
                """)
                .hasGroups("""
                Application Layer: Web App, Workflow Engine, AI Orchestrator, Marketplace
                Metrics Collection: Prometheus, Prometheus Exporters, Time-Series DB
                Logging Pipeline: Fluent Bit, Loki, Log Storage
                Tracing: OpenTelemetry Collector, Jaeger, Trace Storage
                Visualization & Alerting: Grafana, Alertmanager, PagerDuty
                """);
    }

    @Test
    void distributed_trace() {
        SeedView.of(WORKSPACE, "yawl-distributed-trace")
                .hasTitle("Distributed Tracing Example")
                .hasElements("""
                User
                Web App [span: http-request]
                API Gateway [span: api-route]
                AI Orchestrator [span: generate-workflow]
                Z.AI API [span: ai-completion]
                Neo4j [span: graph-query]
                Workflow Engine [span: validate-spec]
                """)
                .hasParticipantsInOrder("""
                User
                Web App [span: http-request]
                API Gateway [span: api-route]
                AI Orchestrator [span: generate-workflow]
                Z.AI API [span: ai-completion]
                Neo4j [span: graph-query]
                Workflow Engine [span: validate-spec]
                """)
                .hasSteps("""
                User -> Web App [span: http-request] : POST /workflows/generate
                Web App [span: http-request] -> Web App [span: http-request] : span.start("http-request")
                Web App [span: http-request] -> Web App [span: http-request] : span.setAttribute("user.id", userId)
                Web App [span: http-request] -> API Gateway [span: api-route] : POST /api/ai/generate
                API Gateway [span: api-route] -> API Gateway [span: api-route] : span.start("api-route", parent: "http-request")
                API Gateway [span: api-route] -> API Gateway [span: api-route] : span.setAttribute("tenant.id", tenantId)
                API Gateway [span: api-route] -> AI Orchestrator [span: generate-workflow] : generateWorkflow(intent)
                AI Orchestrator [span: generate-workflow] -> AI Orchestrator [span: generate-workflow] : span.start("generate-workflow", parent: "api-route")
                AI Orchestrator [span: generate-workflow] -> AI Orchestrator [span: generate-workflow] : span.setAttribute("intent", intent)
                AI Orchestrator [span: generate-workflow] -> Neo4j [span: graph-query] : MATCH (w:Workflow) WHERE ...
                Neo4j [span: graph-query] -> Neo4j [span: graph-query] : span.start("graph-query", parent: "generate-workflow")
                Neo4j [span: graph-query] -> Neo4j [span: graph-query] : Execute Cypher query (45ms)
                Neo4j [span: graph-query] -> Neo4j [span: graph-query] : span.end(duration: 45ms)
                AI Orchestrator [span: generate-workflow] -> Z.AI API [span: ai-completion] : POST /v4/chat/completions
                Z.AI API [span: ai-completion] -> Z.AI API [span: ai-completion] : span.start("ai-completion", parent: "generate-workflow")
                Z.AI API [span: ai-completion] -> Z.AI API [span: ai-completion] : AI inference (2,340ms)
                Z.AI API [span: ai-completion] -> Z.AI API [span: ai-completion] : span.end(duration: 2340ms)
                AI Orchestrator [span: generate-workflow] -> Workflow Engine [span: validate-spec] : validateSpecification(spec)
                Workflow Engine [span: validate-spec] -> Workflow Engine [span: validate-spec] : span.start("validate-spec", parent: "generate-workflow")
                Workflow Engine [span: validate-spec] -> Workflow Engine [span: validate-spec] : Schema validation (120ms)
                Workflow Engine [span: validate-spec] -> Workflow Engine [span: validate-spec] : span.end(duration: 120ms)
                AI Orchestrator [span: generate-workflow] -> AI Orchestrator [span: generate-workflow] : span.end(duration: 2600ms)
                API Gateway [span: api-route] -> API Gateway [span: api-route] : span.end(duration: 2650ms)
                Web App [span: http-request] -> Web App [span: http-request] : span.end(duration: 2700ms)
                """)
                .hasDirectives("""
                before 1: note over user, engine: Trace ID: 123e4567-e89b-12d3-a456-426614174000\\nRoot Span: http-request
                after 1: activate web #lightblue
                after 4: activate gateway #lightgreen
                after 7: activate ai #lightyellow
                after 10: activate neo4j #lightpink
                after 13: deactivate neo4j
                after 14: activate zai #lightgray
                after 17: deactivate zai
                after 18: activate engine #lightcyan
                after 21: deactivate engine
                after 22: deactivate ai
                after 23: deactivate gateway
                after 24: deactivate web
                after 24: note over user, engine: Total Duration: 2.7 seconds\\n- Graph query: 45ms (1.6%)\\n- AI completion: 2,340ms (86.7%)\\n- Validation: 120ms (4.4%)\\n- Overhead: 195ms (7.2%)\\n\\nBottleneck: AI completion\\nOptimization: Cache similar requests
                """);
    }

    @Test
    void cicd_pipeline() {
        SeedView.of(WORKSPACE, "yawl-cicd-pipeline")
                .hasTitle("CI/CD Pipeline Architecture")
                .hasElements("""
                Developer
                Git Push
                GitHub
                Checkout Code
                Build (Ant)
                Unit Tests
                SAST Scan (SonarQube)
                Build Docker Images
                Vulnerability Scan (Trivy)
                Push to Registry
                ArgoCD
                Helm Chart Render
                Manifest Validation
                Apply to Kubernetes
                Dev Cluster
                Staging Cluster
                Production Cluster
                Integration Tests
                E2E Tests (Playwright)
                Load Tests (k6)
                Security Tests (OWASP ZAP)
                QA Team
                Security Team
                Product Owner
                """)
                .hasRelationships("""
                Developer -> Git Push : git push
                Git Push -> GitHub : trigger webhook
                GitHub -> Checkout Code : pull code
                Checkout Code -> Build (Ant) : ant buildAll
                Build (Ant) -> Unit Tests : ant unitTest
                Unit Tests -> SAST Scan (SonarQube) : sonarqube scan
                SAST Scan (SonarQube) -> Build Docker Images : docker build
                Build Docker Images -> Vulnerability Scan (Trivy) : scan images
                Vulnerability Scan (Trivy) -> Push to Registry : push to ECR/ACR/GCR
                Push to Registry -> ArgoCD : new image available
                ArgoCD -> Helm Chart Render : render manifests
                Helm Chart Render -> Manifest Validation : kubeval, kube-score
                Manifest Validation -> Dev Cluster : auto-deploy
                Dev Cluster -> Integration Tests : run tests
                Integration Tests -> E2E Tests (Playwright) : playwright tests
                E2E Tests (Playwright) -> QA Team : approve staging?
                QA Team -> Staging Cluster : approved
                Staging Cluster -> Load Tests (k6) : k6 load test
                Staging Cluster -> Security Tests (OWASP ZAP) : OWASP ZAP scan
                Load Tests (k6) -> Security Team : approve production?
                Security Team -> Product Owner : business approval?
                Product Owner -> Production Cluster : deploy to prod
                """)
                .hasGroups("""
                Developer Workflow: Developer, Git Push, GitHub
                CI Pipeline (GitHub Actions): Checkout Code, Build (Ant), Unit Tests, SAST Scan (SonarQube), Build Docker Images, Vulnerability Scan (Trivy), Push to Registry
                CD Pipeline (ArgoCD): ArgoCD, Helm Chart Render, Manifest Validation, Apply to Kubernetes
                Environments: Dev Cluster, Staging Cluster, Production Cluster
                Testing & Validation: Integration Tests, E2E Tests (Playwright), Load Tests (k6), Security Tests (OWASP ZAP)
                Approval Gates: QA Team, Security Team, Product Owner
                """);
    }

    @Test
    void service_mesh() throws Exception {
        SeedView.of(WORKSPACE, "yawl-service-mesh")
                .hasTitle("Service Mesh Architecture")
                .hasElements("""
                Kubernetes Cluster
                Istio Control Plane
                Pilot
                Citadel
                Galley
                Namespace: yawl-prod
                AI Orchestrator Pod
                AI App
                Envoy Sidecar
                Workflow Engine Pod
                Engine App
                Envoy Sidecar
                Marketplace Pod
                Market App
                Envoy Sidecar
                Ingress Gateway
                """)
                .hasRelationships("""
                Pilot -> Envoy Sidecar : configure routes
                Pilot -> Envoy Sidecar : configure routes
                Pilot -> Envoy Sidecar : configure routes
                Citadel -> Envoy Sidecar : mTLS certificates
                Citadel -> Envoy Sidecar : mTLS certificates
                Citadel -> Envoy Sidecar : mTLS certificates
                Ingress Gateway -> Envoy Sidecar : mTLS
                Envoy Sidecar -> AI App : http
                Envoy Sidecar -> Envoy Sidecar : mTLS
                Envoy Sidecar -> Engine App : http
                Envoy Sidecar -> Envoy Sidecar : mTLS
                Envoy Sidecar -> Market App : http
                """)
                .hasNotes("""
                right of aiEnvoy: Envoy features:\\n- Load balancing\\n- Circuit breaking\\n- Retry policies\\n- Rate limiting\\n- mTLS encryption\\n- Distributed tracing\\n- Metrics collection
                """);
        assertNesting("yawl-service-mesh", """
                Kubernetes Cluster: Ingress Gateway, Istio Control Plane, Namespace: yawl-prod
                Kubernetes Cluster / Istio Control Plane: Citadel, Galley, Pilot
                Kubernetes Cluster / Namespace: yawl-prod: AI Orchestrator Pod, Marketplace Pod, Workflow Engine Pod
                Kubernetes Cluster / Namespace: yawl-prod / AI Orchestrator Pod: AI App, Envoy Sidecar
                Kubernetes Cluster / Namespace: yawl-prod / Workflow Engine Pod: Engine App, Envoy Sidecar
                Kubernetes Cluster / Namespace: yawl-prod / Marketplace Pod: Envoy Sidecar, Market App
                """);
        assertWiring("yawl-service-mesh", """
                pilot -> aiEnvoy
                pilot -> engineEnvoy
                pilot -> marketEnvoy
                citadel -> aiEnvoy
                citadel -> engineEnvoy
                citadel -> marketEnvoy
                ingress -> aiEnvoy
                aiEnvoy -> aiApp
                aiEnvoy -> engineEnvoy
                engineEnvoy -> engineApp
                aiEnvoy -> marketEnvoy
                marketEnvoy -> marketApp
                """);
    }

    @Test
    void backup_dr_architecture() throws Exception {
        SeedView.of(WORKSPACE, "yawl-backup-dr-architecture")
                .hasTitle("Backup & Disaster Recovery Architecture")
                .hasElements("""
                Primary Region (us-east-1)
                PostgreSQL Primary
                MongoDB Primary
                Redis Primary
                EBS Snapshots
                S3 Bucket (Backups)
                Secondary Region (us-west-2)
                PostgreSQL Standby
                MongoDB Secondary
                Redis Replica
                S3 Bucket (Replica)
                Backup Processes
                Continuous WAL Archiving
                Daily Full Backup
                Hourly Incremental
                Point-in-Time Recovery
                """)
                .hasRelationships("""
                PostgreSQL Primary -> Continuous WAL Archiving : streaming replication
                Continuous WAL Archiving -> PostgreSQL Standby : async replication
                Continuous WAL Archiving -> S3 Bucket (Backups) : archive WAL logs
                PostgreSQL Primary -> Daily Full Backup : pg_dump (00:00 UTC)
                Daily Full Backup -> S3 Bucket (Backups) : upload compressed dump
                PostgreSQL Primary -> Hourly Incremental : pg_basebackup
                Hourly Incremental -> EBS Snapshots : EBS snapshot
                S3 Bucket (Backups) -> S3 Bucket (Replica) : cross-region replication
                MongoDB Primary -> MongoDB Secondary : replica set
                MongoDB Primary -> S3 Bucket (Backups) : mongodump (daily)
                Redis Primary -> Redis Replica : replication
                Redis Primary -> S3 Bucket (Backups) : RDB snapshot (hourly)
                """)
                .hasNotes("""
                right of pitr: Recovery Objectives:\\n- RPO: 5 minutes (WAL archiving)\\n- RTO: 15 minutes (automated failover)\\n\\nRetention:\\n- Daily: 30 days\\n- Weekly: 12 weeks\\n- Monthly: 12 months\\n- Yearly: 7 years
                """);
        assertNesting("yawl-backup-dr-architecture", """
                Primary Region (us-east-1): EBS Snapshots, MongoDB Primary, PostgreSQL Primary, Redis Primary, S3 Bucket (Backups)
                Secondary Region (us-west-2): MongoDB Secondary, PostgreSQL Standby, Redis Replica, S3 Bucket (Replica)
                Backup Processes: Continuous WAL Archiving, Daily Full Backup, Hourly Incremental, Point-in-Time Recovery
                """);
    }

    @Test
    void auto_scaling() throws Exception {
        SeedView.of(WORKSPACE, "yawl-auto-scaling")
                .hasTitle("Auto-Scaling Architecture")
                .hasElements("""
                Metrics Source
                Prometheus
                Metrics Server
                Scaling Decision
                HPA Controller
                Custom Metrics API
                KEDA
                Workloads
                Workflow Engine (min: 5, max: 50)
                AI Orchestrator (min: 3, max: 20)
                Marketplace (min: 2, max: 10)
                Scaling Triggers
                CPU > 70%
                Memory > 80%
                Queue Depth > 100
                Request Rate > 1000/s
                """)
                .hasRelationships("""
                Prometheus -> Custom Metrics API : query metrics
                Metrics Server -> HPA Controller : resource metrics
                Custom Metrics API -> HPA Controller : custom metrics
                CPU > 70% -> HPA Controller : scale trigger
                Memory > 80% -> HPA Controller : scale trigger
                Queue Depth > 100 -> KEDA : scale trigger
                Request Rate > 1000/s -> HPA Controller : scale trigger
                HPA Controller -> Workflow Engine (min: 5, max: 50) : scale replicas
                HPA Controller -> AI Orchestrator (min: 3, max: 20) : scale replicas
                HPA Controller -> Marketplace (min: 2, max: 10) : scale replicas
                KEDA -> Workflow Engine (min: 5, max: 50) : scale to zero / scale up
                """)
                .hasNotes("""
                right of engineInstance: Scaling Policies:\\n- Scale up: 2 replicas at a time\\n- Scale down: 1 replica every 5 min\\n- Cooldown: 3 minutes\\n- Metrics window: 30 seconds
                """);
        assertNesting("yawl-auto-scaling", """
                Metrics Source: Metrics Server, Prometheus
                Scaling Decision: Custom Metrics API, HPA Controller, KEDA
                Workloads: AI Orchestrator, Marketplace, Workflow Engine
                Scaling Triggers: CPU > 70%, Memory > 80%, Queue Depth > 100, Request Rate > 1000/s
                """);
    }

    @Test
    void global_distribution() {
        SeedView.of(WORKSPACE, "yawl-global-distribution")
                .hasTitle("Global Distribution Architecture")
                .hasElements("""
                Global Users
                Edge Locations (200+)
                DDoS Protection
                WAF
                GeoDNS (Route 53)
                US-East Cluster
                US-West Cluster
                RDS us-east-1
                RDS us-west-2
                EU-West Cluster
                EU-Central Cluster
                RDS eu-west-1
                RDS eu-central-1
                AP-Southeast Cluster
                AP-Northeast Cluster
                RDS ap-southeast-1
                RDS ap-northeast-1
                """)
                .hasRelationships("""
                Global Users -> Edge Locations (200+) : HTTPS
                Edge Locations (200+) -> DDoS Protection : filter attacks
                DDoS Protection -> WAF : filter malicious traffic
                WAF -> GeoDNS (Route 53) : route to nearest region
                GeoDNS (Route 53) -> US-East Cluster : North America traffic
                GeoDNS (Route 53) -> EU-West Cluster : Europe traffic
                GeoDNS (Route 53) -> AP-Southeast Cluster : Asia-Pacific traffic
                US-East Cluster -> RDS us-east-1 : primary
                US-East Cluster -> RDS us-west-2 : read replica
                EU-West Cluster -> RDS eu-west-1 : primary
                EU-West Cluster -> RDS eu-central-1 : read replica
                AP-Southeast Cluster -> RDS ap-southeast-1 : primary
                AP-Southeast Cluster -> RDS ap-northeast-1 : read replica
                RDS us-east-1 -> RDS eu-west-1 : cross-region replication
                RDS us-east-1 -> RDS ap-southeast-1 : cross-region replication
                """)
                .hasGroups("""
                CloudFlare CDN: Edge Locations (200+), DDoS Protection, WAF
                North America Region: US-East Cluster, US-West Cluster, RDS us-east-1, RDS us-west-2
                Europe Region: EU-West Cluster, EU-Central Cluster, RDS eu-west-1, RDS eu-central-1
                Asia-Pacific Region: AP-Southeast Cluster, AP-Northeast Cluster, RDS ap-southeast-1, RDS ap-northeast-1
                """)
                .hasNotes("""
                right of geoDns: Routing Policy:\\n- Latency-based routing\\n- Health checks every 30s\\n- Automatic failover\\n- 99.99% uptime SLA\\n\\nData Sovereignty:\\n- EU data stays in EU\\n- GDPR compliance\\n- Regional data residency
                """);
    }

    @Test
    void every_seed_diagram_has_its_own_view_naming_the_seed() throws Exception {
        assertThat(workspace().views().stream().map(v -> v.getProperties().get("plumbline.seed")))
                .containsExactlyInAnyOrder(
                        "001 Multi-Cloud Network Topology",
                        "001 Defense-in-Depth Layers",
                        "001 Authentication & Authorization Flow",
                        "001 Workflow Execution Data Flow",
                        "001 AI Workflow Generation Data Flow",
                        "001 Marketplace Transaction Data Flow",
                        "001 Monitoring Stack",
                        "001 Distributed Tracing Example",
                        "001 CI/CD Pipeline Architecture",
                        "001 Service Mesh Architecture",
                        "001 Backup & Disaster Recovery Architecture",
                        "001 Auto-Scaling Architecture",
                        "001 Global Distribution Architecture");
    }

    /**
     * The containment a deployment view draws: for each parent node, the path of node names down to it and the labels
     * of its children in the view.
     */
    private static void assertNesting(String key, String expected) throws Exception {
        ModelView view = modelView(key);
        Map<String, List<String>> children = new TreeMap<>();
        view.getElements().forEach(ev -> {
            Element element = ev.getElement();
            Element parent = element.getParent();
            if (element instanceof DeploymentElement && parent != null && view.isElementInView(parent)) {
                children.computeIfAbsent(path(parent), p -> new ArrayList<>()).add(SeedView.plainLabel(element));
            }
        });
        List<String> actual = children.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue().stream().sorted().toList()))
                .toList();
        assertThat(actual).as("nesting in view %s", key)
                .containsExactlyInAnyOrderElementsOf(expected.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static String path(Element node) {
        return node.getParent() == null ? node.getName() : path(node.getParent()) + " / " + node.getName();
    }

    /** The arrows of a view by DSL identifier, for diagrams whose labels repeat. */
    private static void assertWiring(String key, String expected) throws Exception {
        ModelWorkspace workspace = workspace();
        List<String> actual = modelView(key).getRelationships().stream()
                .map(rv -> workspace.identifier(rv.getRelationship().getSource()) + " -> "
                        + workspace.identifier(rv.getRelationship().getDestination()))
                .toList();
        assertThat(actual).as("wiring of view %s", key)
                .containsExactlyInAnyOrderElementsOf(expected.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static ModelView modelView(String key) throws Exception {
        return (ModelView) workspace().view(key).orElseThrow();
    }

    /** One parse for the whole class: identifiers resolve against the elements of the same parse. */
    private static ModelWorkspace workspace() throws Exception {
        synchronized (YawlCloudPlatformFidelityTest.class) {
            if (loaded == null) {
                loaded = Workspaces.loadResource(WORKSPACE);
            }
            return loaded;
        }
    }
}
