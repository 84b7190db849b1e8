package dev.plumbline.model.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Finding;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Rules;
import dev.plumbline.model.Workspaces;
import org.junit.jupiter.api.Test;

/**
 * Seed 002, "Advanced PlantUML Sequence Diagrams" of the event-registration platform: one test per diagram,
 * named after its {@code @startuml} name, expectations transcribed from the seed's PlantUML.
 */
class EventRegistrationPlatformFidelityTest {

    private static final String WORKSPACE = "plumbline/workspaces/event-registration-platform.dsl";

    @Test
    void the_workspace_validates_without_findings() throws Exception {
        ModelWorkspace workspace = Workspaces.loadResource(WORKSPACE);

        assertThat(workspace.validate(Rules.STRICT)).extracting(Finding::toString).isEmpty();
    }

    @Test
    void user_registration_flow() {
        SeedView.of(WORKSPACE, "events-user-registration-flow")
                .hasTitle("Complete User Registration and Event Registration Flow")
                .hasElements("""
                        User
                        Frontend (Next.js)
                        Gateway Service
                        User Service
                        Registration Service
                        Event Service
                        Notification Service
                        Audit Service
                        Kafka Cluster
                        PostgreSQL (Users)
                        PostgreSQL (Events)
                        PostgreSQL (Registration)
                        MongoDB (Audit)
                        """)
                .hasParticipantsInOrder("""
                        User
                        Frontend (Next.js)
                        Gateway Service
                        User Service
                        Registration Service
                        Event Service
                        Notification Service
                        Audit Service
                        Kafka Cluster
                        PostgreSQL (Users)
                        PostgreSQL (Events)
                        PostgreSQL (Registration)
                        MongoDB (Audit)
                        """)
                .hasSteps("""
                        User -> Frontend (Next.js) : 1. Register Account
                        Frontend (Next.js) -> Gateway Service : 2. POST /api/users
                        Gateway Service -> User Service : 3. Create User Request
                        User Service -> User Service : 4. Validate Input (Email, Username)
                        User Service -> PostgreSQL (Users) : 5. Check Uniqueness
                        PostgreSQL (Users) -> User Service : 6. Validation Result
                        User Service -> PostgreSQL (Users) : 7. Save User
                        PostgreSQL (Users) -> User Service : 8. User Created
                        User Service -> Kafka Cluster : 9. Publish USER_CREATED
                        Kafka Cluster -> Audit Service : 10. USER_CREATED Event
                        Audit Service -> MongoDB (Audit) : 11. Log User Creation
                        User Service -> Gateway Service : 12. Success Response
                        Gateway Service -> Frontend (Next.js) : 13. 201 Created
                        Frontend (Next.js) -> User : 14. Account Created
                        User Service -> Gateway Service : 12. Validation Error
                        Gateway Service -> Frontend (Next.js) : 13. 400 Bad Request
                        Frontend (Next.js) -> User : 14. Show Error
                        User -> Frontend (Next.js) : 15. Login
                        Frontend (Next.js) -> Gateway Service : 16. POST /api/auth/login
                        Gateway Service -> User Service : 17. Authenticate
                        User Service -> PostgreSQL (Users) : 18. Verify Credentials
                        PostgreSQL (Users) -> User Service : 19. User Data
                        User Service -> Kafka Cluster : 20. Publish USER_LOGGED_IN
                        Kafka Cluster -> Audit Service : 21. USER_LOGGED_IN Event
                        Audit Service -> MongoDB (Audit) : 22. Log Login Activity
                        User Service -> Gateway Service : 23. JWT Token
                        Gateway Service -> Frontend (Next.js) : 24. Login Success
                        Frontend (Next.js) -> User : 25. Dashboard Access
                        User Service -> Gateway Service : 23. Authentication Failed
                        Gateway Service -> Frontend (Next.js) : 24. 401 Unauthorized
                        Frontend (Next.js) -> User : 25. Invalid Credentials
                        User -> Frontend (Next.js) : 26. Register for Event
                        Frontend (Next.js) -> Gateway Service : 27. POST /api/registrations
                        Gateway Service -> Registration Service : 28. Create Registration
                        Registration Service -> Registration Service : 29. Validate Event and User
                        Registration Service -> PostgreSQL (Registration) : 30. Save Registration
                        PostgreSQL (Registration) -> Registration Service : 31. Registration Created
                        Registration Service -> Kafka Cluster : 32. Publish REGISTRATION_CREATED
                        Kafka Cluster -> Event Service : 33a. REGISTRATION_CREATED
                        Event Service -> PostgreSQL (Events) : 34a. Increment Participant Count
                        PostgreSQL (Events) -> Event Service : 35a. Updated
                        Event Service -> Kafka Cluster : 36a. Publish EVENT_UPDATED
                        Kafka Cluster -> Audit Service : 37a. EVENT_UPDATED Event
                        Audit Service -> MongoDB (Audit) : 38a. Log Event Update
                        Kafka Cluster -> Notification Service : 33b. REGISTRATION_CREATED
                        Notification Service -> User Service : 34b. Get User Email
                        User Service -> Notification Service : 35b. User Details
                        Notification Service -> Notification Service : 36b. Send Email
                        Notification Service -> Kafka Cluster : 37b. Publish NOTIFICATION_SENT
                        Kafka Cluster -> Audit Service : 38b. NOTIFICATION_SENT Event
                        Audit Service -> MongoDB (Audit) : 39b. Log Email Sent
                        Kafka Cluster -> Audit Service : 33c. REGISTRATION_CREATED
                        Audit Service -> MongoDB (Audit) : 34c. Log Registration
                        Registration Service -> Gateway Service : 40. Registration Success
                        Gateway Service -> Frontend (Next.js) : 41. 201 Created
                        Frontend (Next.js) -> User : 42. Confirmation Message
                        """)
                .hasDirectives("""
                        before 1: == User Account Creation ==
                        before 7: alt Validation Success
                        before 15: else Validation Failed
                        after 17: end
                        before 18: == User Login ==
                        before 23: alt Login Success
                        before 29: else Login Failed
                        after 31: end
                        before 32: == Event Registration ==
                        before 39: par Event Count Update
                        before 45: and Email Notification
                        before 52: and Audit Logging
                        after 53: end
                        after 56: note over kafka: All events flow through\\nKafka for loose coupling\\nand scalability
                        """);
    }

    @Test
    void event_sourcing_flow() {
        SeedView.of(WORKSPACE, "events-event-sourcing-flow")
                .hasTitle("Event Sourcing Implementation Flow")
                .hasElements("""
                        Command Handler
                        Aggregate Root
                        Event Store
                        Snapshot Store
                        Event Publisher
                        Read Model Projection
                        Event Database
                        Snapshot Database
                        Read Model Database
                        """)
                .hasParticipantsInOrder("""
                        Command Handler
                        Aggregate Root
                        Event Store
                        Snapshot Store
                        Event Publisher
                        Read Model Projection
                        Event Database
                        Snapshot Database
                        Read Model Database
                        """)
                .hasSteps("""
                        Command Handler -> Command Handler : 1. Validate Command
                        Command Handler -> Event Store : 2. Load Event History
                        Event Store -> Event Database : 3. Get Events by AggregateId
                        Event Database -> Event Store : 4. Event Stream
                        Command Handler -> Snapshot Store : 5a. Load Latest Snapshot
                        Snapshot Store -> Snapshot Database : 6a. Get Snapshot
                        Snapshot Database -> Snapshot Store : 7a. Snapshot Data
                        Snapshot Store -> Command Handler : 8a. Snapshot
                        Command Handler -> Aggregate Root : 9a. Reconstruct from Snapshot
                        Command Handler -> Aggregate Root : 9b. Create New Aggregate
                        Command Handler -> Event Store : 10. Get Events since Snapshot
                        Event Store -> Event Database : 11. Get Recent Events
                        Event Database -> Event Store : 12. Event Stream
                        Event Store -> Command Handler : 13. Recent Events
                        Command Handler -> Aggregate Root : 14. Apply Event
                        Aggregate Root -> Aggregate Root : 15. Update State
                        Command Handler -> Aggregate Root : 16. Execute Command
                        Aggregate Root -> Aggregate Root : 17. Generate Domain Events
                        Aggregate Root -> Event Store : 18. Append Event
                        Event Store -> Event Database : 19. Store Event
                        Event Database -> Event Store : 20. Confirm Storage
                        Aggregate Root -> Snapshot Store : 21a. Save Snapshot
                        Snapshot Store -> Snapshot Database : 22a. Store Snapshot
                        Snapshot Database -> Snapshot Store : 23a. Confirm Storage
                        Aggregate Root -> Event Publisher : 24. Publish Event
                        Event Publisher -> Event Publisher : 25. Send to Message Broker
                        Event Publisher -> Read Model Projection : 26. Event Stream
                        Read Model Projection -> Read Model Projection : 27. Process Event
                        Read Model Projection -> Read Model Database : 28. Update Read Model
                        Read Model Database -> Read Model Projection : 29. Confirm Update
                        """)
                .hasDirectives("""
                        before 1: == Command Processing ==
                        before 5: alt Has Snapshot
                        before 10: else No Snapshot
                        after 10: end
                        before 15: loop For Each Event
                        after 16: end
                        before 19: == Event Persistence ==
                        before 19: loop For Each New Event
                        after 21: end
                        before 22: alt Snapshot Threshold Reached
                        after 24: end
                        before 25: == Event Publishing ==
                        before 25: loop For Each Event
                        after 26: end
                        before 27: == Read Model Update ==
                        after 30: note over aggregate: Aggregate maintains\\ncurrent state and\\nuncommitted events
                        after 30: note over eventStore: Events are immutable\\nand append-only
                        after 30: note over projection: Eventually consistent\\nread models
                        """);
    }

    @Test
    void deployment_strategy() {
        SeedView.of(WORKSPACE, "events-deployment-strategy")
                .hasTitle("Zero-Downtime Deployment Strategy")
                .hasElements("""
                        CI/CD Pipeline
                        Container Registry
                        Kubernetes Cluster
                        Load Balancer
                        Service A (Current)
                        Service A (New)
                        Health Check
                        Monitoring
                        """)
                .hasParticipantsInOrder("""
                        CI/CD Pipeline
                        Container Registry
                        Kubernetes Cluster
                        Load Balancer
                        Service A (Current)
                        Service A (New)
                        Health Check
                        Monitoring
                        """)
                .hasSteps("""
                        CI/CD Pipeline -> CI/CD Pipeline : 1. Run Tests
                        CI/CD Pipeline -> CI/CD Pipeline : 2. Build Docker Image
                        CI/CD Pipeline -> Container Registry : 3. Push Image
                        Container Registry -> CI/CD Pipeline : 4. Image Available
                        CI/CD Pipeline -> Kubernetes Cluster : 5. Deploy New Version
                        Kubernetes Cluster -> Kubernetes Cluster : 6. Pull New Image
                        Kubernetes Cluster -> Service A (New) : 7. Start New Pods
                        Kubernetes Cluster -> Health Check : 8. Check Health
                        Health Check -> Service A (New) : 9. GET /health
                        Service A (New) -> Health Check : 10. Health Status
                        Health Check -> Kubernetes Cluster : 11. Health Report
                        Kubernetes Cluster -> Kubernetes Cluster : 12. Mark Ready
                        Kubernetes Cluster -> Kubernetes Cluster : 12. Keep Checking
                        Kubernetes Cluster -> Load Balancer : 13. Update Service Endpoints
                        Load Balancer -> Load Balancer : 14. Gradual Traffic Shift
                        Load Balancer -> Service A (Current) : 15a. 90% Traffic
                        Service A (Current) -> Load Balancer : 16a. Response
                        Load Balancer -> Service A (New) : 15b. 10% Traffic
                        Service A (New) -> Load Balancer : 16b. Response
                        Monitoring -> Monitoring : 17. Monitor Metrics
                        Monitoring -> Monitoring : 18. Check Error Rates
                        Kubernetes Cluster -> Load Balancer : 19a. Full Traffic to New
                        Load Balancer -> Service A (New) : 20a. 100% Traffic
                        Service A (New) -> Load Balancer : 21a. Response
                        Kubernetes Cluster -> Service A (Current) : 20b. Terminate Old Pods
                        Kubernetes Cluster -> Load Balancer : 19b. Rollback Traffic
                        Load Balancer -> Service A (Current) : 20b. 100% Traffic
                        Kubernetes Cluster -> Service A (New) : 21b. Terminate New Pods
                        """)
                .hasDirectives("""
                        before 1: == Build Phase ==
                        before 5: == Deployment Phase ==
                        before 8: == Health Check Phase ==
                        before 8: loop Health Check Retry
                        before 12: alt Healthy
                        before 13: else Unhealthy
                        after 13: end
                        after 13: end
                        before 14: == Traffic Switching ==
                        before 16: par Current Traffic
                        before 18: and New Traffic
                        after 19: end
                        before 20: == Monitoring Phase ==
                        before 22: alt Deployment Success
                        before 23: par Full New Traffic
                        before 25: and Cleanup
                        after 25: end
                        before 26: else Deployment Failure
                        after 28: end
                        after 28: note over lb: Blue-Green Deployment\\nwith Gradual Traffic Shift
                        after 28: note over monitoring: Automated rollback\\non error threshold
                        """);
    }

    @Test
    void error_handling_flow() {
        SeedView.of(WORKSPACE, "events-error-handling-flow")
                .hasTitle("Error Handling and Compensation Flow")
                .hasElements("""
                        User Service
                        Registration Service
                        Event Service
                        Notification Service
                        Kafka Broker
                        Dead Letter Queue
                        Audit Service
                        """)
                .hasParticipantsInOrder("""
                        User Service
                        Registration Service
                        Event Service
                        Notification Service
                        Kafka Broker
                        Dead Letter Queue
                        Audit Service
                        """)
                .hasSteps("""
                        User Service -> Kafka Broker : 1. USER_CREATED Event
                        Kafka Broker -> Registration Service : 2. Process Event
                        Registration Service -> Registration Service : 3. Create Registration
                        Registration Service -> Kafka Broker : 4. REGISTRATION_CREATED Event
                        Kafka Broker -> Event Service : 5a. Update Event Count
                        Event Service -> Event Service : 6a. Success
                        Kafka Broker -> Notification Service : 5b. Send Notification
                        Notification Service -> Notification Service : 6b. Success
                        Kafka Broker -> Audit Service : 5c. Log Event
                        Audit Service -> Audit Service : 6c. Success
                        Kafka Broker -> Notification Service : 7. REGISTRATION_CREATED
                        Notification Service -> Notification Service : 8. Network Timeout
                        Notification Service -> Notification Service : 9. Retry Processing
                        Notification Service -> Kafka Broker : 10a. NOTIFICATION_SENT
                        Notification Service -> Notification Service : 10b. Continue Retry
                        Notification Service -> Dead Letter Queue : 11. Send to DLQ
                        Dead Letter Queue -> Audit Service : 12. Log Failure
                        Audit Service -> Audit Service : 13. Alert Operations
                        Kafka Broker -> Event Service : 14. REGISTRATION_CREATED
                        Event Service -> Event Service : 15. DB Connection Failed
                        Event Service -> Event Service : 16. Circuit Breaker Open
                        Event Service -> Dead Letter Queue : 17. Send to DLQ
                        Dead Letter Queue -> Audit Service : 18. Log DB Error
                        Audit Service -> Kafka Broker : 19. COMPENSATION_REQUIRED
                        Kafka Broker -> Registration Service : 20. Compensate Registration
                        Registration Service -> Registration Service : 21. Mark as Pending
                        Registration Service -> Kafka Broker : 22. REGISTRATION_COMPENSATED
                        Kafka Broker -> Event Service : 23. REGISTRATION_CREATED
                        Event Service -> Event Service : 24. Event Capacity Exceeded
                        Event Service -> Kafka Broker : 25. REGISTRATION_REJECTED
                        Kafka Broker -> Registration Service : 26. Handle Rejection
                        Registration Service -> Registration Service : 27. Refund/Cancel
                        Registration Service -> Kafka Broker : 28. REGISTRATION_CANCELLED
                        Kafka Broker -> Notification Service : 29. Send Cancellation Email
                        Notification Service -> Kafka Broker : 30. NOTIFICATION_SENT
                        Dead Letter Queue -> Dead Letter Queue : 31. Periodic Review
                        Dead Letter Queue -> Audit Service : 32. Manual Investigation
                        Audit Service -> Audit Service : 33. Root Cause Analysis
                        Audit Service -> Kafka Broker : 34a. Replay Message
                        Kafka Broker -> Event Service : 35a. Retry Processing
                        Audit Service -> Audit Service : 34b. Log Permanent Failure
                        Audit Service -> Kafka Broker : 35b. PERMANENT_FAILURE
                        """)
                .hasDirectives("""
                        before 1: == Successful Flow ==
                        before 5: par Parallel Processing
                        before 7: and
                        before 9: and
                        after 10: end
                        before 11: == Error Scenarios ==
                        before 11: alt Temporary Network Error
                        before 13: loop Retry Logic (3 attempts)
                        before 14: alt Success
                        before 15: else Still Failed
                        after 15: end
                        after 15: end
                        before 16: alt Max Retries Exceeded
                        after 18: end
                        before 19: else Database Connection Error
                        before 28: else Business Logic Error
                        after 35: end
                        before 36: == Dead Letter Queue Processing ==
                        before 39: alt Issue Resolved
                        before 41: else Permanent Failure
                        after 42: end
                        after 42: note over dlq: DLQ prevents\\nmessage loss and\\nenables manual recovery
                        after 42: note over kafkaBroker: Kafka provides\\nat-least-once delivery\\nwith idempotent consumers
                        """);
    }

    @Test
    void monitoring_architecture() {
        SeedView.of(WORKSPACE, "events-monitoring-architecture")
                .hasTitle("Monitoring and Observability Architecture")
                .hasElements("""
                        User Service
                        Event Service
                        Registration Service
                        Notification Service
                        Audit Service
                        Kafka Cluster
                        PostgreSQL
                        MongoDB
                        Kubernetes
                        Prometheus
                        Node Exporter
                        Kafka Exporter
                        PostgreSQL Exporter
                        Fluentd
                        Elasticsearch
                        Kibana
                        Jaeger
                        Jaeger Agent
                        Grafana
                        AlertManager
                        PagerDuty
                        """)
                .hasRelationships("""
                        User Service -> Prometheus : /metrics endpoint
                        Event Service -> Prometheus : /metrics endpoint
                        Registration Service -> Prometheus : /metrics endpoint
                        Notification Service -> Prometheus : /metrics endpoint
                        Audit Service -> Prometheus : /metrics endpoint
                        Kafka Cluster -> Kafka Exporter : Kafka metrics
                        Kafka Exporter -> Prometheus : Kafka metrics
                        PostgreSQL -> PostgreSQL Exporter : DB metrics
                        PostgreSQL Exporter -> Prometheus : DB metrics
                        Kubernetes -> Node Exporter : Node metrics
                        Node Exporter -> Prometheus : System metrics
                        User Service -> Fluentd : Application logs
                        Event Service -> Fluentd : Application logs
                        Registration Service -> Fluentd : Application logs
                        Notification Service -> Fluentd : Application logs
                        Audit Service -> Fluentd : Application logs
                        Fluentd -> Elasticsearch : Structured logs
                        Elasticsearch -> Kibana : Log visualization
                        User Service -> Jaeger Agent : Trace spans
                        Event Service -> Jaeger Agent : Trace spans
                        Registration Service -> Jaeger Agent : Trace spans
                        Notification Service -> Jaeger Agent : Trace spans
                        Audit Service -> Jaeger Agent : Trace spans
                        Jaeger Agent -> Jaeger : Distributed traces
                        Prometheus -> Grafana : Metrics queries
                        Prometheus -> AlertManager : Alert rules
                        AlertManager -> PagerDuty : Critical alerts
                        AlertManager -> Grafana : Alert status
                        """)
                .hasGroups("""
                        Application Layer: User Service, Event Service, Registration Service, Notification Service, Audit Service
                        Infrastructure Layer: Kafka Cluster, PostgreSQL, MongoDB, Kubernetes
                        Metrics Collection: Prometheus, Node Exporter, Kafka Exporter, PostgreSQL Exporter
                        Logging: Fluentd, Elasticsearch, Kibana
                        Tracing: Jaeger, Jaeger Agent
                        Visualization & Alerting: Grafana, AlertManager, PagerDuty
                        """)
                .hasNotes("""
                        bottom of prometheus: • Service metrics\\n• Business metrics\\n• Infrastructure metrics
                        bottom of elasticsearch: • Centralized logging\\n• Full-text search\\n• Log correlation
                        bottom of jaeger: • Distributed tracing\\n• Request flow\\n• Performance analysis
                        """);
    }
}
