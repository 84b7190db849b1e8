package dev.plumbline.model.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Rules;
import dev.plumbline.model.Workspaces;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, "System Architecture Diagrams" of the agent-system web app: one test per diagram, named after its
 * heading, expectations transcribed from the seed's Mermaid.
 */
class AgentSystemWebAppFidelityTest {

    private static final String WORKSPACE = "plumbline/workspaces/agent-system-web-app.dsl";

    @Test
    void the_workspace_validates_without_findings() throws Exception {
        ModelWorkspace workspace = Workspaces.loadResource(WORKSPACE);

        assertThat(workspace.validate(Rules.STRICT)).extracting(Finding::toString).isEmpty();
    }

    @Test
    void high_level_system_architecture() {
        SeedView.of(WORKSPACE, "agents-high-level-architecture")
                .hasTitle("High-Level System Architecture")
                .hasElements("""
                        User Interface
                        State Management
                        WebSocket Client
                        React Router
                        API Gateway
                        Authentication
                        Message Queue
                        Agent System
                        Monitoring
                        PostgreSQL
                        Redis
                        File Storage
                        """)
                .hasRelationships("""
                        User Interface -> State Management
                        State Management -> WebSocket Client
                        State Management -> React Router
                        WebSocket Client -> API Gateway
                        API Gateway -> Authentication
                        API Gateway -> Message Queue
                        Message Queue -> Agent System
                        Agent System -> PostgreSQL
                        Agent System -> Redis
                        Agent System -> File Storage
                        Monitoring -> PostgreSQL
                        Monitoring -> Redis
                        """)
                .hasGroups("""
                        Frontend: User Interface, State Management, WebSocket Client, React Router
                        Backend: API Gateway, Authentication, Message Queue, Agent System, Monitoring
                        Storage: PostgreSQL, Redis, File Storage
                        """);
    }

    @Test
    void message_flow_architecture() {
        SeedView.of(WORKSPACE, "agents-message-flow")
                .hasTitle("Message Flow Architecture")
                .hasElements("""
                        Client
                        API
                        Queue
                        Agent
                        DB
                        Cache
                        Auth
                        """)
                // Mermaid appends Auth, which the seed never declares, as the last participant
                .hasParticipantsInOrder("""
                        Client
                        API
                        Queue
                        Agent
                        DB
                        Cache
                        Auth
                        """)
                .hasSteps("""
                        Client -> API : Send Request
                        API -> Auth : Validate Token
                        Auth -> API : Token Valid
                        API -> Queue : Enqueue Task
                        Queue -> Agent : Assign Task
                        Agent -> DB : Query Data
                        Agent -> Cache : Check Cache
                        Agent -> Agent : Process Task
                        Agent -> Queue : Return Result
                        Queue -> API : Format Response
                        API -> Client : Send Response
                        """)
                .hasDirectives("");
    }

    @Test
    void data_flow_architecture() {
        SeedView.of(WORKSPACE, "agents-data-flow")
                .hasTitle("Data Flow Architecture")
                .hasElements("""
                        Raw Data
                        Validation
                        Transform
                        Message Queue
                        Business Logic
                        Cache Layer
                        Database
                        Search Index
                        Backup
                        """)
                .hasRelationships("""
                        Raw Data -> Validation
                        Validation -> Transform
                        Transform -> Message Queue
                        Message Queue -> Business Logic
                        Business Logic -> Cache Layer
                        Cache Layer -> Database
                        Database -> Search Index
                        Database -> Backup
                        """)
                .hasGroups("""
                        Input: Raw Data, Validation, Transform
                        Processing: Message Queue, Business Logic, Cache Layer
                        Storage: Database, Search Index, Backup
                        """);
    }

    @Test
    void component_interaction() {
        SeedView.of(WORKSPACE, "agents-component-interaction")
                .hasTitle("Component Interaction")
                .hasElements("""
                        Pages
                        Components
                        Custom Hooks
                        Redux Store
                        Controllers
                        Services
                        Repositories
                        Entities
                        PostgreSQL
                        Redis
                        Message Queue
                        """)
                .hasRelationships("""
                        Pages -> Components
                        Components -> Custom Hooks
                        Custom Hooks -> Redux Store
                        Redux Store -> Controllers
                        Controllers -> Services
                        Services -> Repositories
                        Repositories -> Entities
                        Entities -> PostgreSQL
                        Services -> Redis
                        Services -> Message Queue
                        """)
                .hasGroups("""
                        Frontend Components: Pages, Components, Custom Hooks, Redux Store
                        Backend Services: Controllers, Services, Repositories, Entities
                        Infrastructure: PostgreSQL, Redis, Message Queue
                        """);
    }

    @Test
    void authentication_flow() {
        SeedView.of(WORKSPACE, "agents-authentication-flow")
                .hasTitle("Authentication Flow")
                .hasElements("""
                        User
                        Frontend
                        Auth
                        DB
                        Redis
                        """)
                .hasParticipantsInOrder("""
                        User
                        Frontend
                        Auth
                        DB
                        Redis
                        """)
                .hasSteps("""
                        User -> Frontend : Login Request
                        Frontend -> Auth : Send Credentials
                        Auth -> DB : Validate User
                        DB -> Auth : User Valid
                        Auth -> Redis : Store Session
                        Auth -> Frontend : Send Tokens
                        Frontend -> User : Login Success
                        """)
                .hasDirectives("");
    }

    @Test
    void error_recovery_flow() {
        SeedView.of(WORKSPACE, "agents-error-recovery-flow")
                .hasTitle("Error Recovery Flow")
                .hasElements("""
                        Error Detected
                        Classify Error
                        Can Retry?
                        Exponential Backoff
                        Retry Attempt
                        Success?
                        Max Retries?
                        Fallback Mechanism
                        Operation Complete
                        """)
                .hasRelationships("""
                        Error Detected -> Classify Error
                        Classify Error -> Can Retry?
                        Can Retry? -> Exponential Backoff : Yes
                        Exponential Backoff -> Retry Attempt
                        Retry Attempt -> Success?
                        Success? -> Max Retries? : No
                        Max Retries? -> Exponential Backoff : No
                        Max Retries? -> Fallback Mechanism : Yes
                        Success? -> Operation Complete : Yes
                        Can Retry? -> Fallback Mechanism : No
                        """)
                .hasGroups("");
    }

    @Test
    void monitoring_system() {
        SeedView.of(WORKSPACE, "agents-monitoring-system")
                .hasTitle("Monitoring System")
                .hasElements("""
                        System Metrics
                        Application Logs
                        Request Traces
                        Metric Aggregator
                        Log Analyzer
                        Trace Processor
                        Time Series DB
                        Log Storage
                        Trace Storage
                        Monitoring Dashboard
                        Alert System
                        System Reports
                        """)
                .hasRelationships("""
                        System Metrics -> Metric Aggregator
                        Application Logs -> Log Analyzer
                        Request Traces -> Trace Processor
                        Metric Aggregator -> Time Series DB
                        Log Analyzer -> Log Storage
                        Trace Processor -> Trace Storage
                        Time Series DB -> Monitoring Dashboard
                        Log Storage -> Alert System
                        Trace Storage -> System Reports
                        """)
                .hasGroups("""
                        Data Collection: System Metrics, Application Logs, Request Traces
                        Processing: Metric Aggregator, Log Analyzer, Trace Processor
                        Storage: Time Series DB, Log Storage, Trace Storage
                        Visualization: Monitoring Dashboard, Alert System, System Reports
                        """);
    }

    /** The seed's subgraphs Development, Build and Production are the deployment nodes holding the nodes. */
    @Test
    void deployment_architecture() {
        SeedView.of(WORKSPACE, "agents-deployment-architecture")
                .hasTitle("Deployment Architecture")
                .hasElements("""
                        Development
                        Git Repository
                        CI Pipeline
                        Test Suite
                        Build
                        Docker Build
                        Asset Build
                        Config Generation
                        Production
                        Load Balancer
                        API Servers
                        Worker Nodes
                        Database
                        Redis
                        """)
                .hasRelationships("""
                        Git Repository -> CI Pipeline
                        CI Pipeline -> Test Suite
                        Test Suite -> Docker Build
                        Test Suite -> Asset Build
                        Test Suite -> Config Generation
                        Docker Build -> Load Balancer
                        Asset Build -> Load Balancer
                        Config Generation -> API Servers
                        Load Balancer -> API Servers
                        API Servers -> Worker Nodes
                        Worker Nodes -> Database
                        Worker Nodes -> Redis
                        """);
    }

    /** The seed's subgraphs (the tiers) are the deployment nodes holding the servers. */
    @Test
    void scaling_architecture() {
        SeedView.of(WORKSPACE, "agents-scaling-architecture")
                .hasTitle("Scaling Architecture")
                .hasElements("""
                        Load Balancer
                        NGINX Load Balancer
                        SSL Termination
                        Application Tier
                        API Server 1
                        API Server 2
                        API Server 3
                        Cache Tier
                        Redis Primary
                        Redis Replica
                        Database Tier
                        PostgreSQL Primary
                        PostgreSQL Replica
                        """)
                .hasRelationships("""
                        NGINX Load Balancer -> SSL Termination
                        SSL Termination -> API Server 1
                        SSL Termination -> API Server 2
                        SSL Termination -> API Server 3
                        API Server 1 -> Redis Primary
                        API Server 2 -> Redis Primary
                        API Server 3 -> Redis Primary
                        Redis Primary -> Redis Replica
                        API Server 1 -> PostgreSQL Primary
                        API Server 2 -> PostgreSQL Primary
                        API Server 3 -> PostgreSQL Primary
                        PostgreSQL Primary -> PostgreSQL Replica
                        """);
    }
}
