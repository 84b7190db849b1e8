package dev.plumbline.model.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.model.Relationship;
import com.structurizr.view.ModelView;
import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.StaticFragment;
import dev.plumbline.model.Rules;
import dev.plumbline.model.Workspaces;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 000, "VisualGridDev Studio: Specialized System Diagrams": one test per diagram, expectations transcribed
 * from the seed's PlantUML.
 */
class VisualGridDevStudioFidelityTest {

    private static final String WORKSPACE = "plumbline/workspaces/visualgriddev-studio.dsl";

    @Test
    void the_workspace_validates_without_findings() throws Exception {
        ModelWorkspace workspace = Workspaces.loadResource(WORKSPACE);

        assertThat(workspace.validate(Rules.STRICT)).extracting(Finding::toString).isEmpty();
    }

    @Test
    void real_time_data_pipeline() {
        SeedView.of(WORKSPACE, "vgd-real-time-data-pipeline")
                .hasTitle("Real-time Data Processing Pipeline")
                .hasElements("""
                        Sensor Data Queue
                        Event Stream Queue
                        ML Pipeline Queue
                        Data Ingestion Service
                        Stream Processor (Apache Flink)
                        ML Inference Engine
                        Alert Manager
                        Time Series DB (InfluxDB)
                        Vector Database (Pinecone)
                        Data Lake (Delta Lake)
                        """)
                .hasRelationships("""
                        Sensor Data Queue -> Data Ingestion Service : Raw sensor data
                        Data Ingestion Service -> Event Stream Queue : Normalized events
                        Event Stream Queue -> Stream Processor (Apache Flink) : Real-time processing
                        Stream Processor (Apache Flink) -> Time Series DB (InfluxDB) : Store metrics
                        Stream Processor (Apache Flink) -> ML Pipeline Queue : ML processing queue
                        ML Pipeline Queue -> ML Inference Engine : Run inference
                        ML Inference Engine -> Vector Database (Pinecone) : Store embeddings
                        ML Inference Engine -> Alert Manager : Anomaly alerts
                        Stream Processor (Apache Flink) -> Data Lake (Delta Lake) : Historical data
                        Data Lake (Delta Lake) -> ML Inference Engine : Training data
                        """)
                .hasNotes("""
                        right of streamProc: Windowing, aggregation,\\ncomplex event processing
                        right of mlEngine: Real-time inference,\\nanomalies detection
                        right of dataLake: Batch processing,\\nhistorical analysis
                        """)
                .hasGroups("");
    }

    @Test
    void ml_model_lifecycle() {
        SeedView.of(WORKSPACE, "vgd-ml-model-lifecycle")
                .hasTitle("ML Model Lifecycle Management")
                .hasElements("""
                        Data Scientist
                        Model Registry
                        Training Pipeline
                        Model Server
                        Edge Device
                        Monitoring
                        """)
                .hasParticipantsInOrder("""
                        Data Scientist
                        Model Registry
                        Training Pipeline
                        Model Server
                        Edge Device
                        Monitoring
                        """)
                .hasSteps("""
                        Data Scientist -> Training Pipeline : Submit training job
                        Training Pipeline -> Training Pipeline : Train model
                        Training Pipeline -> Model Registry : Register model
                        Model Registry -> Model Registry : Version model
                        Data Scientist -> Model Registry : Approve model
                        Model Registry -> Model Server : Deploy to staging
                        Model Server -> Monitoring : Health checks
                        Monitoring -> Model Registry : Validation results
                        Model Registry -> Model Server : Deploy to production
                        Model Server -> Edge Device : Distribute model
                        Edge Device -> Edge Device : Load model locally
                        Edge Device -> Monitoring : Model performance
                        Monitoring -> Model Registry : Performance metrics
                        Model Registry -> Data Scientist : Model analytics
                        """)
                .hasDirectives("""
                        after 14: note right of modelRegistry: Model versioning,\\nA/B testing, rollback
                        after 14: note right of edgeDevice: Local inference,\\noffline capability
                        """);
    }

    @Test
    void event_sourcing_pattern() {
        SeedView.of(WORKSPACE, "vgd-event-sourcing-pattern")
                .hasTitle("Event Sourcing Architecture")
                .hasElements("""
                        Command Handler
                        Aggregate
                        Event Store
                        Event Projector
                        Read Model
                        Query Handler
                        Apache Kafka
                        Event Router
                        """)
                .hasRelationships("""
                        Command Handler -> Aggregate : Execute command
                        Aggregate -> Event Store : Store events
                        Event Store -> Apache Kafka : Publish events
                        Apache Kafka -> Event Router : Route events
                        Event Router -> Event Projector : Project events
                        Event Projector -> Read Model : Update views
                        Query Handler -> Read Model : Query data
                        """)
                .hasGroups("""
                        Command Side: Command Handler, Aggregate, Event Store
                        Query Side: Event Projector, Read Model, Query Handler
                        Event Bus: Apache Kafka, Event Router
                        """)
                .hasNotes("""
                        right of eventStore: Immutable event log,\\nfull audit trail
                        right of readModel: Optimized for queries,\\neventual consistency
                        """);
    }

    @Test
    void real_time_collaboration_architecture() {
        SeedView.of(WORKSPACE, "vgd-real-time-collaboration-architecture")
                .hasTitle("Real-time Collaboration System")
                .hasElements("""
                        User A
                        User B
                        Collaboration Server
                        Conflict Resolver
                        Version Control
                        Broadcast Service
                        """)
                .hasParticipantsInOrder("""
                        User A
                        User B
                        Collaboration Server
                        Conflict Resolver
                        Version Control
                        Broadcast Service
                        """)
                .hasSteps("""
                        User A -> Collaboration Server : Edit flow node
                        Collaboration Server -> Conflict Resolver : Check conflicts
                        Conflict Resolver -> Version Control : Get latest version
                        Version Control -> Conflict Resolver : Return version
                        Conflict Resolver -> Collaboration Server : No conflicts
                        Collaboration Server -> Broadcast Service : Broadcast change
                        Broadcast Service -> User B : Update UI
                        User B -> Collaboration Server : Edit same node
                        Collaboration Server -> Conflict Resolver : Check conflicts
                        Conflict Resolver -> Conflict Resolver : Detect conflict
                        Conflict Resolver -> Collaboration Server : Conflict detected
                        Collaboration Server -> User A : Conflict notification
                        Collaboration Server -> User B : Conflict notification
                        User A -> Collaboration Server : Resolve conflict
                        Collaboration Server -> Version Control : Save resolution
                        Version Control -> Broadcast Service : Broadcast resolution
                        Broadcast Service -> User B : Apply resolution
                        """)
                .hasDirectives("");
    }

    @Test
    void operational_transformation() {
        SeedView.of(WORKSPACE, "vgd-operational-transformation")
                .hasTitle("Operational Transformation for Collaborative Editing")
                .hasElements("""
                        Client A
                        Client B
                        OT Server
                        State Manager
                        """)
                .hasParticipantsInOrder("""
                        Client A
                        Client B
                        OT Server
                        State Manager
                        """)
                .hasSteps("""
                        Client A -> OT Server : Operation Op1
                        OT Server -> State Manager : Apply Op1
                        State Manager -> OT Server : State updated
                        OT Server -> Client B : Send Op1
                        Client B -> OT Server : Operation Op2 (concurrent)
                        OT Server -> State Manager : Get current state
                        State Manager -> OT Server : Return state
                        OT Server -> OT Server : Transform Op2 against Op1
                        OT Server -> State Manager : Apply transformed Op2
                        State Manager -> OT Server : State updated
                        OT Server -> Client A : Send transformed Op2
                        OT Server -> Client B : Confirm Op2
                        """)
                .hasDirectives("""
                        after 12: note right of otServer: Operational Transformation\\nensures consistency
                        after 12: note right of stateManager: Maintains canonical\\ndocument state
                        """);
    }

    @Test
    void gitops_deployment_pipeline() {
        SeedView.of(WORKSPACE, "vgd-gitops-deployment-pipeline")
                .hasTitle("GitOps Deployment Pipeline")
                .hasElements("""
                        Developer
                        Git Repository
                        CI Pipeline
                        Container Registry
                        ArgoCD
                        Kubernetes
                        Monitoring
                        """)
                .hasParticipantsInOrder("""
                        Developer
                        Git Repository
                        CI Pipeline
                        Container Registry
                        ArgoCD
                        Kubernetes
                        Monitoring
                        """)
                .hasSteps("""
                        Developer -> Git Repository : Push code changes
                        Git Repository -> CI Pipeline : Trigger build
                        CI Pipeline -> CI Pipeline : Run tests
                        CI Pipeline -> Container Registry : Push container image
                        CI Pipeline -> Git Repository : Update deployment manifest
                        Git Repository -> ArgoCD : Detect changes
                        ArgoCD -> Kubernetes : Deploy application
                        Kubernetes -> Kubernetes : Rolling update
                        Kubernetes -> Monitoring : Health checks
                        Monitoring -> ArgoCD : Deployment status
                        ArgoCD -> Git Repository : Update status
                        Monitoring -> ArgoCD : Failure detected
                        ArgoCD -> Kubernetes : Rollback deployment
                        Kubernetes -> Monitoring : Rollback complete
                        ArgoCD -> Developer : Notify failure
                        """)
                .hasDirectives("""
                        before 12: alt Deployment fails
                        after 15: end
                        """);
    }

    @Test
    void multi_environment_promotion() {
        SeedView.of(WORKSPACE, "vgd-multi-environment-promotion")
                .hasTitle("Multi-Environment Promotion Pipeline")
                .hasElements("""
                        Dev Cluster
                        Dev Tests
                        Staging Cluster
                        Integration Tests
                        Performance Tests
                        Prod Cluster
                        Canary Deployment
                        Blue-Green Deployment
                        """)
                .hasRelationships("""
                        Dev Cluster -> Dev Tests : Run unit tests
                        Dev Tests -> Staging Cluster : Promote to staging
                        Staging Cluster -> Integration Tests : Run integration tests
                        Integration Tests -> Performance Tests : Run performance tests
                        Performance Tests -> Canary Deployment : Deploy canary
                        Canary Deployment -> Blue-Green Deployment : Full deployment
                        Blue-Green Deployment -> Prod Cluster : Switch traffic
                        """)
                .hasGroups("""
                        Development: Dev Cluster, Dev Tests
                        Staging: Staging Cluster, Integration Tests, Performance Tests
                        Production: Prod Cluster, Canary Deployment, Blue-Green Deployment
                        """)
                .hasNotes("""
                        right of canary: 5% traffic to new version
                        right of blueGreen: Zero-downtime deployment
                        """);
    }

    @Test
    void backup_and_recovery_architecture() throws Exception {
        SeedView.of(WORKSPACE, "vgd-backup-and-recovery-architecture")
                .hasTitle("Backup and Recovery Architecture")
                .hasElements("""
                        Primary Cluster
                        Primary Database
                        Application Data
                        Backup Controller
                        Snapshot Service
                        Backup Storage
                        DR Cluster
                        DR Database
                        Recovery Service
                        """)
                .hasRelationships("""
                        Primary Cluster -> Backup Controller : Trigger backup
                        Backup Controller -> Snapshot Service : Create snapshots
                        Snapshot Service -> Backup Storage : Store backups
                        Primary Database -> Backup Storage : Database backups
                        Application Data -> Backup Storage : Application backups
                        Backup Storage -> Recovery Service : Restore data
                        Recovery Service -> DR Cluster : Deploy services
                        Recovery Service -> DR Database : Restore database
                        DR Cluster -> DR Cluster : Validate recovery
                        """)
                .hasGroups("""
                        Primary Site: Primary Cluster, Primary Database, Application Data
                        Backup Systems: Backup Controller, Snapshot Service, Backup Storage
                        Secondary Site: DR Cluster, DR Database, Recovery Service
                        """)
                .hasNotes("");

        // The seed's "alt Disaster occurs" (invalid in a component diagram) is a static fragment.
        ModelWorkspace workspace = Workspaces.loadResource(WORKSPACE);
        ModelView view = (ModelView) workspace.view("vgd-backup-and-recovery-architecture").orElseThrow();
        List<StaticFragment> fragments = workspace.fragments(view);
        assertThat(fragments).extracting(f -> f.keyword() + " " + f.label()).containsExactly("alt Disaster occurs");
        assertThat(fragments.getFirst().relationships()).extracting(VisualGridDevStudioFidelityTest::arrow)
                .containsExactly(
                        "Backup Storage -> Recovery Service : Restore data",
                        "Recovery Service -> DR Cluster : Deploy services",
                        "Recovery Service -> DR Database : Restore database",
                        "DR Cluster -> DR Cluster : Validate recovery");
    }

    @Test
    void failover_sequence() {
        SeedView.of(WORKSPACE, "vgd-failover-sequence")
                .hasTitle("Automated Failover Sequence")
                .hasElements("""
                        Health Monitor
                        Failover Controller
                        Primary System
                        Secondary System
                        Load Balancer
                        DNS Service
                        """)
                .hasParticipantsInOrder("""
                        Health Monitor
                        Failover Controller
                        Primary System
                        Secondary System
                        Load Balancer
                        DNS Service
                        """)
                .hasSteps("""
                        Health Monitor -> Primary System : Health check
                        Primary System -> Health Monitor : No response (timeout)
                        Health Monitor -> Failover Controller : Primary failure detected
                        Failover Controller -> Secondary System : Activate secondary
                        Secondary System -> Secondary System : Start services
                        Secondary System -> Failover Controller : Services ready
                        Failover Controller -> Load Balancer : Update backend
                        Load Balancer -> Load Balancer : Route to secondary
                        Failover Controller -> DNS Service : Update DNS records
                        DNS Service -> DNS Service : Propagate changes
                        Failover Controller -> Health Monitor : Failover complete
                        """)
                .hasDirectives("""
                        after 11: note right of failoverCtrl: RTO: 30 seconds\\nRPO: 5 minutes
                        """);
    }

    @Test
    void caching_strategy() {
        SeedView.of(WORKSPACE, "vgd-caching-strategy")
                .hasTitle("Multi-Level Caching Strategy")
                .hasElements("""
                        Browser Cache
                        Mobile Cache
                        CDN Cache
                        Edge Cache
                        Application Cache
                        Session Cache
                        Redis Cache
                        Query Cache
                        Database
                        """)
                .hasRelationships("""
                        Browser Cache -> CDN Cache : Cache miss
                        Mobile Cache -> CDN Cache : Cache miss
                        CDN Cache -> Edge Cache : Cache miss
                        Edge Cache -> Application Cache : Cache miss
                        Application Cache -> Redis Cache : Cache miss
                        Redis Cache -> Query Cache : Cache miss
                        Query Cache -> Database : Query data
                        Database -> Query Cache : Return data
                        Query Cache -> Redis Cache : Cache result
                        Redis Cache -> Application Cache : Return data
                        Application Cache -> Edge Cache : Cache data
                        Edge Cache -> CDN Cache : Cache data
                        CDN Cache -> Browser Cache : Return data
                        """)
                .hasGroups("""
                        Client Layer: Browser Cache, Mobile Cache
                        Edge Layer: CDN Cache, Edge Cache
                        Application Layer: Application Cache, Session Cache, Redis Cache
                        Database Layer: Query Cache, Database
                        """)
                .hasNotes("""
                        right of redisCache: Distributed cache\\nfor session data
                        right of queryCache: Database-level\\nquery optimization
                        """);
    }

    @Test
    void performance_monitoring_flow() {
        SeedView.of(WORKSPACE, "vgd-performance-monitoring-flow")
                .hasTitle("Performance Monitoring and Optimization")
                .hasElements("""
                        Application
                        Metrics Collector
                        Time Series DB
                        Alert Manager
                        Auto Scaler
                        Performance Optimizer
                        """)
                .hasParticipantsInOrder("""
                        Application
                        Metrics Collector
                        Time Series DB
                        Alert Manager
                        Auto Scaler
                        Performance Optimizer
                        """)
                .hasSteps("""
                        Application -> Metrics Collector : Send metrics
                        Metrics Collector -> Time Series DB : Store metrics
                        Time Series DB -> Alert Manager : Check thresholds
                        Alert Manager -> Auto Scaler : Trigger scaling
                        Auto Scaler -> Application : Scale resources
                        Alert Manager -> Performance Optimizer : Optimize performance
                        Performance Optimizer -> Application : Apply optimizations
                        """)
                .hasDirectives("""
                        before 1: loop Every 15 seconds
                        before 4: alt Performance degradation
                        after 7: end
                        after 7: end
                        after 7: note right of metricsCollector: CPU, memory, latency,\\nthroughput metrics
                        after 7: note right of perfOptimizer: Query optimization,\\ncache tuning, resource allocation
                        """);
    }

    @Test
    void end_to_end_testing_flow() {
        SeedView.of(WORKSPACE, "vgd-end-to-end-testing-flow")
                .hasTitle("End-to-End Testing Architecture")
                .hasElements("""
                        Test Runner
                        Test Data Manager
                        Mock Services
                        VisualGridDev Studio
                        Agent Network
                        Database
                        Result Validator
                        Performance Monitor
                        Report Generator
                        """)
                .hasRelationships("""
                        Test Runner -> Test Data Manager : Setup test data
                        Test Data Manager -> Database : Initialize database
                        Test Runner -> Mock Services : Start mock services
                        Test Runner -> VisualGridDev Studio : Execute test scenarios
                        VisualGridDev Studio -> Agent Network : Process workflows
                        Agent Network -> Database : Data operations
                        Database -> Result Validator : Validate results
                        VisualGridDev Studio -> Performance Monitor : Performance metrics
                        Performance Monitor -> Result Validator : Performance validation
                        Result Validator -> Report Generator : Generate reports
                        Report Generator -> Test Runner : Test results
                        """)
                .hasGroups("""
                        Test Environment: Test Runner, Test Data Manager, Mock Services
                        System Under Test: VisualGridDev Studio, Agent Network, Database
                        Validation: Result Validator, Performance Monitor, Report Generator
                        """)
                .hasNotes("");
    }

    @Test
    void chaos_engineering_testing() {
        SeedView.of(WORKSPACE, "vgd-chaos-engineering-testing")
                .hasTitle("Chaos Engineering Testing")
                .hasElements("""
                        Chaos Controller
                        Target System
                        Monitoring
                        Recovery System
                        Test Validator
                        """)
                .hasParticipantsInOrder("""
                        Chaos Controller
                        Target System
                        Monitoring
                        Recovery System
                        Test Validator
                        """)
                .hasSteps("""
                        Chaos Controller -> Target System : Inject failure
                        Target System -> Target System : Experience failure
                        Target System -> Monitoring : Send alerts
                        Monitoring -> Recovery System : Trigger recovery
                        Recovery System -> Target System : Execute recovery
                        Target System -> Monitoring : Report status
                        Monitoring -> Test Validator : Validate recovery
                        Test Validator -> Chaos Controller : Recovery successful
                        Test Validator -> Chaos Controller : Recovery failed
                        Chaos Controller -> Target System : Stop chaos experiment
                        Target System -> Recovery System : Manual intervention
                        """)
                // Repaired seed: success and failure are the two branches of one alternative (see conventions).
                .hasDirectives("""
                        before 8: alt Recovery successful
                        before 9: else Recovery failed
                        after 11: end
                        after 11: note right of chaosController: Network partitions,\\nservice failures, resource exhaustion
                        after 11: note right of recoverySystem: Automated healing,\\nfailover, scaling
                        """);
    }

    private static String arrow(Relationship r) {
        return r.getSource().getName() + " -> " + r.getDestination().getName() + " : " + r.getDescription();
    }
}
