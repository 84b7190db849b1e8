/*
 * Event Registration Platform: the model behind seed 002 ("Advanced PlantUML Sequence Diagrams").
 * One view per seed diagram; see docs/model-conventions.md, section "Event Registration Platform".
 *
 * Seed 002 draws every return message with a solid arrow (`userDB -> userService : 6. Validation Result`).
 * Each such return carries data back, so the model holds a relationship in that direction too, and
 * Structurizr renders the step as the solid message the seed drew. Every ordered pair of elements has
 * exactly one relationship; the steps of the dynamic views override its description with the seed's
 * message text.
 *
 * The containers reference-impl/ implements name their Java package in "plumbline.code" (the archunit module's
 * rules check the code against them; docs/model-conventions.md). kafkaBroker is the same bus as kafka, as the
 * error-handling flow names it; a package belongs to one element, so the bus's code is mapped to kafka only.
 */
workspace "Event Registration Platform" "Event-driven microservices platform where users register accounts and sign up for events; services communicate through Kafka." {

    !identifiers flat
    !impliedRelationships false

    model {
        properties {
            "structurizr.groupSeparator" "/"
        }

        user = person "User" "A person who creates an account, logs in and registers for events."

        cicd = softwareSystem "CI/CD Pipeline" "Builds, tests and deploys the platform's service images." "External"
        registry = softwareSystem "Container Registry" "Stores the Docker images the Kubernetes cluster pulls." "External"

        group "Visualization & Alerting" {
            pagerDuty = softwareSystem "PagerDuty" "On-call paging service that receives critical alerts." "External"
        }

        platform = softwareSystem "Event Registration Platform" "Lets users create accounts, log in and register for events; every state change is published to Kafka and audited." {

            frontend = container "Frontend" "Web application users register, log in and sign up for events with." "Next.js"
            gateway = container "Gateway Service" "API gateway: routes /api requests to the services and maps their results to HTTP responses." {
                properties {
                    "plumbline.code" "dev.plumbline.refimpl.gateway"
                }
            }

            group "Application Layer" {
                userService = container "User Service" "Manages user accounts: validation, uniqueness, authentication, JWT issuing." {
                    properties {
                        "plumbline.code" "dev.plumbline.refimpl.user"
                    }
                }
                eventService = container "Event Service" "Manages events and their participant counts." {
                    properties {
                        "plumbline.code" "dev.plumbline.refimpl.event"
                    }
                }
                regService = container "Registration Service" "Creates, compensates and cancels event registrations." {
                    properties {
                        "plumbline.code" "dev.plumbline.refimpl.registration"
                    }
                }
                notService = container "Notification Service" "Sends registration and cancellation emails." {
                    properties {
                        "plumbline.code" "dev.plumbline.refimpl.notification"
                    }
                }
                auditService = container "Audit Service" "Records every platform event in the audit log and alerts operations on failures." {
                    properties {
                        "plumbline.code" "dev.plumbline.refimpl.audit"
                    }
                }
            }

            group "Infrastructure Layer" {
                kafka = container "Kafka Cluster" "Event backbone: every service publishes its domain events here and consumes the events of the others." "" "Queue" {
                    properties {
                        "plumbline.code" "dev.plumbline.refimpl.bus"
                    }
                }
                postgres = container "PostgreSQL" "The PostgreSQL server hosting the users, events and registration databases." "" "Database"
                mongo = container "MongoDB" "The MongoDB server hosting the audit log." "" "Database"
                kubernetes = container "Kubernetes" "The Kubernetes nodes the services run on." "" "Infrastructure"
            }

            userDB = container "PostgreSQL (Users)" "User accounts and credentials." "" "Database"
            eventDB = container "PostgreSQL (Events)" "Events and their participant counts." "" "Database"
            regDB = container "PostgreSQL (Registration)" "Event registrations." "" "Database"
            auditDB = container "MongoDB (Audit)" "The audit log of every platform event." "" "Database"

            kafkaBroker = container "Kafka Broker" "A Kafka broker as the error-handling flow names it: delivers events at least once to idempotent consumers."
            dlq = container "Dead Letter Queue" "Holds messages whose processing failed, for periodic review and manual recovery." {
                properties {
                    "plumbline.code" "dev.plumbline.refimpl.deadletter"
                }
            }

            handler = container "Command Handler" "Validates commands, rebuilds the aggregate from snapshot and events, and executes the command on it." {

                properties {

                    "plumbline.code" "dev.plumbline.refimpl.commandhandler"

                }

            }
            aggregate = container "Aggregate Root" "Holds current state and uncommitted events; turns commands into domain events." {
                properties {
                    "plumbline.code" "dev.plumbline.refimpl.aggregate"
                }
            }
            eventStore = container "Event Store" "Append-only store of immutable domain events." {
                properties {
                    "plumbline.code" "dev.plumbline.refimpl.eventstore"
                }
            }
            snapshotStore = container "Snapshot Store" "Stores aggregate snapshots so that rebuilding does not replay the whole history." {
                properties {
                    "plumbline.code" "dev.plumbline.refimpl.snapshotstore"
                }
            }
            publisher = container "Event Publisher" "Sends new domain events to the message broker." {
                properties {
                    "plumbline.code" "dev.plumbline.refimpl.publisher"
                }
            }
            projection = container "Read Model Projection" "Turns the event stream into eventually consistent read models." {
                properties {
                    "plumbline.code" "dev.plumbline.refimpl.projection"
                }
            }
            eventDatabase = container "Event Database" "Persistent storage behind the event store." "" "Database"
            snapshotDB = container "Snapshot Database" "Persistent storage behind the snapshot store." "" "Database"
            readDB = container "Read Model Database" "Persistent storage of the read models." "" "Database"

            k8s = container "Kubernetes Cluster" "Runs the service pods; rolls out new versions and switches traffic once they are healthy." "" "Infrastructure"
            lb = container "Load Balancer" "Spreads traffic over the current and the new version of a service during a rollout." "" "Infrastructure"
            serviceA = container "Service A (Current)" "The running version of a service during a zero-downtime rollout."
            serviceB = container "Service A (New)" "The version of the same service being rolled out."
            health = container "Health Check" "Probes the new pods' /health endpoint and reports to Kubernetes."
            monitoring = container "Monitoring" "Watches metrics and error rates during a rollout; triggers rollback on the error threshold."

            group "Metrics Collection" {
                prometheus = container "Prometheus" "Scrapes and stores service, business and infrastructure metrics."
                nodeExporter = container "Node Exporter" "Exposes node metrics of the Kubernetes nodes to Prometheus."
                kafkaExporter = container "Kafka Exporter" "Exposes Kafka metrics to Prometheus."
                pgExporter = container "PostgreSQL Exporter" "Exposes PostgreSQL metrics to Prometheus."
            }

            group "Logging" {
                fluentd = container "Fluentd" "Collects application logs and forwards them as structured logs."
                elasticsearch = container "Elasticsearch" "Centralized log store with full-text search and log correlation."
                kibana = container "Kibana" "Log exploration and visualization."
            }

            group "Tracing" {
                jaeger = container "Jaeger" "Stores and shows distributed traces: request flow and performance analysis."
                jaegerAgent = container "Jaeger Agent" "Receives trace spans from the services and forwards them to Jaeger."
            }

            group "Visualization & Alerting" {
                grafana = container "Grafana" "Dashboards over the metrics and the alert status."
                alertManager = container "AlertManager" "Evaluates alerts from Prometheus and routes them."
            }
        }

        # User Registration Flow
        user -> frontend "Registers, logs in and signs up for events using"
        frontend -> user "Shows results and confirmations to"
        frontend -> gateway "Calls the platform API of"
        gateway -> frontend "Returns HTTP responses to"
        gateway -> userService "Routes user and authentication requests to"
        userService -> gateway "Returns user and authentication results to" {
            # A response: the gateway depends on the user service, not the other way.
            properties {
                "plumbline.code" "none"
            }
        }
        gateway -> regService "Routes registration requests to"
        regService -> gateway "Returns registration results to" {
            # A response.
            properties {
                "plumbline.code" "none"
            }
        }
        userService -> userService "Validates user input"
        userService -> userDB "Reads and writes users in"
        userDB -> userService "Returns user records to"
        userService -> kafka "Publishes user events to"
        userService -> notService "Returns user details to" {
            # A response to the notification service's request.
            properties {
                "plumbline.code" "none"
            }
        }
        notService -> userService "Requests user email addresses from"
        regService -> regService "Validates and processes registrations"
        regService -> regDB "Reads and writes registrations in"
        regDB -> regService "Returns registration records to"
        regService -> kafka "Publishes registration events to"
        kafka -> auditService "Delivers platform events to" {
            # Consumers implement the bus's Consumer interface: the code depends the other way.
            properties {
                "plumbline.code" "reversed"
            }
        }
        kafka -> eventService "Delivers registration events to" {
            # As above.
            properties {
                "plumbline.code" "reversed"
            }
        }
        kafka -> notService "Delivers registration events to" {
            # As above.
            properties {
                "plumbline.code" "reversed"
            }
        }
        eventService -> eventDB "Reads and writes events in"
        eventDB -> eventService "Returns event records to"
        eventService -> kafka "Publishes event updates to"
        notService -> notService "Sends emails"
        notService -> kafka "Publishes notification events to"
        auditService -> auditDB "Writes audit entries to"

        # Event Sourcing Flow
        handler -> handler "Validates commands"
        handler -> eventStore "Loads event history from"
        eventStore -> handler "Returns events to" {
            # A response.
            properties {
                "plumbline.code" "none"
            }
        }
        handler -> snapshotStore "Loads the latest snapshot from"
        snapshotStore -> handler "Returns snapshots to" {
            # A response.
            properties {
                "plumbline.code" "none"
            }
        }
        handler -> aggregate "Rebuilds and commands"
        aggregate -> aggregate "Applies events and generates domain events"
        aggregate -> eventStore "Appends new events to"
        aggregate -> snapshotStore "Saves snapshots to"
        aggregate -> publisher "Publishes new events through"
        eventStore -> eventDatabase "Reads and stores events in"
        eventDatabase -> eventStore "Returns event streams and confirmations to"
        snapshotStore -> snapshotDB "Reads and stores snapshots in"
        snapshotDB -> snapshotStore "Returns snapshots and confirmations to"
        publisher -> publisher "Sends events to the message broker"
        publisher -> projection "Streams events to"
        projection -> projection "Processes events"
        projection -> readDB "Updates read models in"
        readDB -> projection "Confirms updates to"

        # Deployment Strategy
        cicd -> cicd "Runs tests and builds images"
        cicd -> registry "Pushes images to"
        registry -> cicd "Reports image availability to"
        cicd -> k8s "Deploys new versions to"
        k8s -> k8s "Pulls images and tracks pod readiness"
        k8s -> serviceA "Manages the pods of"
        k8s -> serviceB "Manages the pods of"
        k8s -> health "Requests health checks from"
        health -> k8s "Reports health to"
        health -> serviceB "Probes the health endpoint of"
        serviceB -> health "Returns health status to"
        k8s -> lb "Updates the service endpoints of"
        lb -> lb "Shifts traffic gradually"
        lb -> serviceA "Routes traffic to"
        serviceA -> lb "Returns responses to"
        lb -> serviceB "Routes traffic to"
        serviceB -> lb "Returns responses to"
        monitoring -> monitoring "Monitors metrics and error rates"

        # Error Handling Flow
        userService -> kafkaBroker "Publishes user events to"
        regService -> kafkaBroker "Publishes registration events to"
        eventService -> kafkaBroker "Publishes event updates and rejections to"
        notService -> kafkaBroker "Publishes notification events to"
        auditService -> kafkaBroker "Publishes compensation requests and replays to"
        kafkaBroker -> regService "Delivers user, compensation and rejection events to"
        kafkaBroker -> eventService "Delivers registration events to"
        kafkaBroker -> notService "Delivers registration and cancellation events to"
        kafkaBroker -> auditService "Delivers platform events to"
        eventService -> eventService "Processes registration events"
        auditService -> auditService "Analyses failures and alerts operations"
        notService -> dlq "Sends undeliverable messages to" {
            # The bus dead-letters a message on the consumer's behalf: no code of the consumer's.
            properties {
                "plumbline.code" "none"
            }
        }
        eventService -> dlq "Sends unprocessable messages to" {
            # The bus dead-letters a message on the consumer's behalf.
            properties {
                "plumbline.code" "none"
            }
        }
        dlq -> dlq "Reviews dead letters periodically"
        dlq -> auditService "Reports failed messages to"

        # Reference implementation (reference-impl/): the calls its code makes that seed 002 draws in no diagram
        gateway -> eventService "Routes event requests to"
        gateway -> auditService "Routes audit-log and dead-letter requests to"
        gateway -> projection "Queries the read models of"
        eventService -> handler "Sends participation commands to"
        kafka -> dlq "Hands the messages that failed every attempt to" {
            # The dead-letter queue implements the bus's DeadLetterSink.
            properties {
                "plumbline.code" "reversed"
            }
        }

        # Monitoring Architecture
        userService -> prometheus "/metrics endpoint" "" "Observability"
        eventService -> prometheus "/metrics endpoint" "" "Observability"
        regService -> prometheus "/metrics endpoint" "" "Observability"
        notService -> prometheus "/metrics endpoint" "" "Observability"
        auditService -> prometheus "/metrics endpoint" "" "Observability"
        kafka -> kafkaExporter "Kafka metrics" "" "Observability"
        kafkaExporter -> prometheus "Kafka metrics" "" "Observability"
        postgres -> pgExporter "DB metrics" "" "Observability"
        pgExporter -> prometheus "DB metrics" "" "Observability"
        kubernetes -> nodeExporter "Node metrics" "" "Observability"
        nodeExporter -> prometheus "System metrics" "" "Observability"
        userService -> fluentd "Application logs" "" "Observability"
        eventService -> fluentd "Application logs" "" "Observability"
        regService -> fluentd "Application logs" "" "Observability"
        notService -> fluentd "Application logs" "" "Observability"
        auditService -> fluentd "Application logs" "" "Observability"
        fluentd -> elasticsearch "Structured logs" "" "Observability"
        elasticsearch -> kibana "Log visualization" "" "Observability"
        userService -> jaegerAgent "Trace spans" "" "Observability"
        eventService -> jaegerAgent "Trace spans" "" "Observability"
        regService -> jaegerAgent "Trace spans" "" "Observability"
        notService -> jaegerAgent "Trace spans" "" "Observability"
        auditService -> jaegerAgent "Trace spans" "" "Observability"
        jaegerAgent -> jaeger "Distributed traces" "" "Observability"
        prometheus -> grafana "Metrics queries" "" "Observability"
        prometheus -> alertManager "Alert rules" "" "Observability"
        alertManager -> pagerDuty "Critical alerts" "" "Observability"
        alertManager -> grafana "Alert status" "" "Observability"
    }

    views {
        dynamic platform "events-user-registration-flow" {
            title "Complete User Registration and Event Registration Flow"
            // plumbline: == User Account Creation ==
            user -> frontend "1. Register Account"
            frontend -> gateway "2. POST /api/users"
            gateway -> userService "3. Create User Request"
            userService -> userService "4. Validate Input\n(Email, Username)"
            userService -> userDB "5. Check Uniqueness"
            userDB -> userService "6. Validation Result"
            // plumbline: alt Validation Success
            userService -> userDB "7. Save User"
            userDB -> userService "8. User Created"
            userService -> kafka "9. Publish USER_CREATED"
            kafka -> auditService "10. USER_CREATED Event"
            auditService -> auditDB "11. Log User Creation"
            userService -> gateway "12. Success Response"
            gateway -> frontend "13. 201 Created"
            frontend -> user "14. Account Created"
            // plumbline: else Validation Failed
            userService -> gateway "12. Validation Error"
            gateway -> frontend "13. 400 Bad Request"
            frontend -> user "14. Show Error"
            // plumbline: end
            // plumbline: == User Login ==
            user -> frontend "15. Login"
            frontend -> gateway "16. POST /api/auth/login"
            gateway -> userService "17. Authenticate"
            userService -> userDB "18. Verify Credentials"
            userDB -> userService "19. User Data"
            // plumbline: alt Login Success
            userService -> kafka "20. Publish USER_LOGGED_IN"
            kafka -> auditService "21. USER_LOGGED_IN Event"
            auditService -> auditDB "22. Log Login Activity"
            userService -> gateway "23. JWT Token"
            gateway -> frontend "24. Login Success"
            frontend -> user "25. Dashboard Access"
            // plumbline: else Login Failed
            userService -> gateway "23. Authentication Failed"
            gateway -> frontend "24. 401 Unauthorized"
            frontend -> user "25. Invalid Credentials"
            // plumbline: end
            // plumbline: == Event Registration ==
            user -> frontend "26. Register for Event"
            frontend -> gateway "27. POST /api/registrations"
            gateway -> regService "28. Create Registration"
            regService -> regService "29. Validate Event\nand User"
            regService -> regDB "30. Save Registration"
            regDB -> regService "31. Registration Created"
            regService -> kafka "32. Publish REGISTRATION_CREATED"
            {
                {
                    // plumbline: par Event Count Update
                    kafka -> eventService "33a. REGISTRATION_CREATED"
                    eventService -> eventDB "34a. Increment Participant Count"
                    eventDB -> eventService "35a. Updated"
                    eventService -> kafka "36a. Publish EVENT_UPDATED"
                    kafka -> auditService "37a. EVENT_UPDATED Event"
                    auditService -> auditDB "38a. Log Event Update"
                }
                {
                    // plumbline: and Email Notification
                    kafka -> notService "33b. REGISTRATION_CREATED"
                    notService -> userService "34b. Get User Email"
                    userService -> notService "35b. User Details"
                    notService -> notService "36b. Send Email"
                    notService -> kafka "37b. Publish NOTIFICATION_SENT"
                    kafka -> auditService "38b. NOTIFICATION_SENT Event"
                    auditService -> auditDB "39b. Log Email Sent"
                }
                {
                    // plumbline: and Audit Logging
                    kafka -> auditService "33c. REGISTRATION_CREATED"
                    auditService -> auditDB "34c. Log Registration"
                    // plumbline: end
                }
            }
            regService -> gateway "40. Registration Success"
            gateway -> frontend "41. 201 Created"
            frontend -> user "42. Confirmation Message"
            // plumbline: note over kafka: All events flow through\nKafka for loose coupling\nand scalability
            properties {
                "plumbline.seed" "002 1. Complete User Registration Flow"
                "plumbline.participants" "user, frontend, gateway, userService, regService, eventService, notService, auditService, kafka, userDB, eventDB, regDB, auditDB"
                "plumbline.theme" "aws-orange"
            }
        }

        dynamic platform "events-event-sourcing-flow" {
            title "Event Sourcing Implementation Flow"
            // plumbline: == Command Processing ==
            handler -> handler "1. Validate Command"
            handler -> eventStore "2. Load Event History"
            eventStore -> eventDatabase "3. Get Events by AggregateId"
            eventDatabase -> eventStore "4. Event Stream"
            // plumbline: alt Has Snapshot
            handler -> snapshotStore "5a. Load Latest Snapshot"
            snapshotStore -> snapshotDB "6a. Get Snapshot"
            snapshotDB -> snapshotStore "7a. Snapshot Data"
            snapshotStore -> handler "8a. Snapshot"
            handler -> aggregate "9a. Reconstruct from Snapshot"
            // plumbline: else No Snapshot
            handler -> aggregate "9b. Create New Aggregate"
            // plumbline: end
            handler -> eventStore "10. Get Events since Snapshot"
            eventStore -> eventDatabase "11. Get Recent Events"
            eventDatabase -> eventStore "12. Event Stream"
            eventStore -> handler "13. Recent Events"
            // plumbline: loop For Each Event
            handler -> aggregate "14. Apply Event"
            aggregate -> aggregate "15. Update State"
            // plumbline: end
            handler -> aggregate "16. Execute Command"
            aggregate -> aggregate "17. Generate Domain Events"
            // plumbline: == Event Persistence ==
            // plumbline: loop For Each New Event
            aggregate -> eventStore "18. Append Event"
            eventStore -> eventDatabase "19. Store Event"
            eventDatabase -> eventStore "20. Confirm Storage"
            // plumbline: end
            // plumbline: alt Snapshot Threshold Reached
            aggregate -> snapshotStore "21a. Save Snapshot"
            snapshotStore -> snapshotDB "22a. Store Snapshot"
            snapshotDB -> snapshotStore "23a. Confirm Storage"
            // plumbline: end
            // plumbline: == Event Publishing ==
            // plumbline: loop For Each Event
            aggregate -> publisher "24. Publish Event"
            publisher -> publisher "25. Send to Message Broker"
            // plumbline: end
            // plumbline: == Read Model Update ==
            publisher -> projection "26. Event Stream"
            projection -> projection "27. Process Event"
            projection -> readDB "28. Update Read Model"
            readDB -> projection "29. Confirm Update"
            // plumbline: note over aggregate: Aggregate maintains\ncurrent state and\nuncommitted events
            // plumbline: note over eventStore: Events are immutable\nand append-only
            // plumbline: note over projection: Eventually consistent\nread models
            properties {
                "plumbline.seed" "002 2. Event Sourcing Implementation Flow"
                "plumbline.participants" "handler, aggregate, eventStore, snapshotStore, publisher, projection, eventDatabase, snapshotDB, readDB"
                "plumbline.theme" "sketchy-outline"
            }
        }

        dynamic platform "events-deployment-strategy" {
            title "Zero-Downtime Deployment Strategy"
            // plumbline: == Build Phase ==
            cicd -> cicd "1. Run Tests"
            cicd -> cicd "2. Build Docker Image"
            cicd -> registry "3. Push Image"
            registry -> cicd "4. Image Available"
            // plumbline: == Deployment Phase ==
            cicd -> k8s "5. Deploy New Version"
            k8s -> k8s "6. Pull New Image"
            k8s -> serviceB "7. Start New Pods"
            // plumbline: == Health Check Phase ==
            // plumbline: loop Health Check Retry
            k8s -> health "8. Check Health"
            health -> serviceB "9. GET /health"
            serviceB -> health "10. Health Status"
            health -> k8s "11. Health Report"
            // plumbline: alt Healthy
            k8s -> k8s "12. Mark Ready"
            // plumbline: else Unhealthy
            k8s -> k8s "12. Keep Checking"
            // plumbline: end
            // plumbline: end
            // plumbline: == Traffic Switching ==
            k8s -> lb "13. Update Service Endpoints"
            lb -> lb "14. Gradual Traffic Shift"
            {
                {
                    // plumbline: par Current Traffic
                    lb -> serviceA "15a. 90% Traffic"
                    serviceA -> lb "16a. Response"
                }
                {
                    // plumbline: and New Traffic
                    lb -> serviceB "15b. 10% Traffic"
                    serviceB -> lb "16b. Response"
                    // plumbline: end
                }
            }
            // plumbline: == Monitoring Phase ==
            monitoring -> monitoring "17. Monitor Metrics"
            monitoring -> monitoring "18. Check Error Rates"
            // plumbline: alt Deployment Success
            k8s -> lb "19a. Full Traffic to New"
            {
                {
                    // plumbline: par Full New Traffic
                    lb -> serviceB "20a. 100% Traffic"
                    serviceB -> lb "21a. Response"
                }
                {
                    // plumbline: and Cleanup
                    k8s -> serviceA "20b. Terminate Old Pods"
                    // plumbline: end
                }
            }
            // plumbline: else Deployment Failure
            k8s -> lb "19b. Rollback Traffic"
            lb -> serviceA "20b. 100% Traffic"
            k8s -> serviceB "21b. Terminate New Pods"
            // plumbline: end
            // plumbline: note over lb: Blue-Green Deployment\nwith Gradual Traffic Shift
            // plumbline: note over monitoring: Automated rollback\non error threshold
            properties {
                "plumbline.seed" "002 3. Microservices Deployment Strategy"
                "plumbline.participants" "cicd, registry, k8s, lb, serviceA, serviceB, health, monitoring"
                "plumbline.theme" "cyborg-outline"
            }
        }

        dynamic platform "events-error-handling-flow" {
            title "Error Handling and Compensation Flow"
            // plumbline: == Successful Flow ==
            userService -> kafkaBroker "1. USER_CREATED Event"
            kafkaBroker -> regService "2. Process Event"
            regService -> regService "3. Create Registration"
            regService -> kafkaBroker "4. REGISTRATION_CREATED Event"
            {
                {
                    // plumbline: par Parallel Processing
                    kafkaBroker -> eventService "5a. Update Event Count"
                    eventService -> eventService "6a. Success"
                }
                {
                    // plumbline: and
                    kafkaBroker -> notService "5b. Send Notification"
                    notService -> notService "6b. Success"
                }
                {
                    // plumbline: and
                    kafkaBroker -> auditService "5c. Log Event"
                    auditService -> auditService "6c. Success"
                    // plumbline: end
                }
            }
            // plumbline: == Error Scenarios ==
            // plumbline: alt Temporary Network Error
            kafkaBroker -> notService "7. REGISTRATION_CREATED"
            notService -> notService "8. Network Timeout"
            // plumbline: loop Retry Logic (3 attempts)
            notService -> notService "9. Retry Processing"
            // plumbline: alt Success
            notService -> kafkaBroker "10a. NOTIFICATION_SENT"
            // plumbline: else Still Failed
            notService -> notService "10b. Continue Retry"
            // plumbline: end
            // plumbline: end
            // plumbline: alt Max Retries Exceeded
            notService -> dlq "11. Send to DLQ"
            dlq -> auditService "12. Log Failure"
            auditService -> auditService "13. Alert Operations"
            // plumbline: end
            // plumbline: else Database Connection Error
            kafkaBroker -> eventService "14. REGISTRATION_CREATED"
            eventService -> eventService "15. DB Connection Failed"
            eventService -> eventService "16. Circuit Breaker Open"
            eventService -> dlq "17. Send to DLQ"
            dlq -> auditService "18. Log DB Error"
            auditService -> kafkaBroker "19. COMPENSATION_REQUIRED"
            kafkaBroker -> regService "20. Compensate Registration"
            regService -> regService "21. Mark as Pending"
            regService -> kafkaBroker "22. REGISTRATION_COMPENSATED"
            // plumbline: else Business Logic Error
            kafkaBroker -> eventService "23. REGISTRATION_CREATED"
            eventService -> eventService "24. Event Capacity Exceeded"
            eventService -> kafkaBroker "25. REGISTRATION_REJECTED"
            kafkaBroker -> regService "26. Handle Rejection"
            regService -> regService "27. Refund/Cancel"
            regService -> kafkaBroker "28. REGISTRATION_CANCELLED"
            kafkaBroker -> notService "29. Send Cancellation Email"
            notService -> kafkaBroker "30. NOTIFICATION_SENT"
            // plumbline: end
            // plumbline: == Dead Letter Queue Processing ==
            dlq -> dlq "31. Periodic Review"
            dlq -> auditService "32. Manual Investigation"
            auditService -> auditService "33. Root Cause Analysis"
            // plumbline: alt Issue Resolved
            auditService -> kafkaBroker "34a. Replay Message"
            kafkaBroker -> eventService "35a. Retry Processing"
            // plumbline: else Permanent Failure
            auditService -> auditService "34b. Log Permanent Failure"
            auditService -> kafkaBroker "35b. PERMANENT_FAILURE"
            // plumbline: end
            // plumbline: note over dlq: DLQ prevents\nmessage loss and\nenables manual recovery
            // plumbline: note over kafkaBroker: Kafka provides\nat-least-once delivery\nwith idempotent consumers
            properties {
                "plumbline.seed" "002 4. Error Handling and Compensation Flow"
                "plumbline.participants" "userService, regService, eventService, notService, kafkaBroker, dlq, auditService"
                "plumbline.theme" "plain"
            }
        }

        container platform "events-monitoring-architecture" {
            title "Monitoring and Observability Architecture"
            include userService eventService regService notService auditService
            include kafka postgres mongo kubernetes
            include prometheus nodeExporter kafkaExporter pgExporter
            include fluentd elasticsearch kibana
            include jaeger jaegerAgent
            include grafana alertManager pagerDuty
            exclude "relationship.tag!=Observability"
            properties {
                "plumbline.seed" "002 5. Monitoring and Alerting Architecture"
                "plumbline.theme" "aws-orange"
                "plumbline.note.1" "bottom of prometheus: • Service metrics\n• Business metrics\n• Infrastructure metrics"
                "plumbline.note.2" "bottom of elasticsearch: • Centralized logging\n• Full-text search\n• Log correlation"
                "plumbline.note.3" "bottom of jaeger: • Distributed tracing\n• Request flow\n• Performance analysis"
            }
        }

        styles {
            element "Person" {
                shape person
            }
            element "Database" {
                shape cylinder
            }
            element "Queue" {
                shape pipe
            }
            element "External" {
                background #999999
                color #ffffff
            }
        }
    }
}
