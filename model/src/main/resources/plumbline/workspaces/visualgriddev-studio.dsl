workspace "VisualGridDev Studio" "The specialised system diagrams of VisualGridDev Studio (seed 000): data processing, collaboration, delivery, disaster recovery, performance and integration testing." {

    model {

        // ---------------------------------------------------------------- people
        dataScientist = person "Data Scientist" "Trains, approves and analyses the ML models behind the studio's inference features."
        userA = person "User A" "A studio user editing a shared flow at the same time as User B."
        userB = person "User B" "A second studio user editing the same flow concurrently with User A."
        developer = person "Developer" "Changes the studio's code and ships it through the GitOps pipeline."

        // ---------------------------------------------------------------- the product
        studio = softwareSystem "VisualGridDev Studio" "Visual grid-based studio for designing and running agent workflows as flows, with real-time collaboration, streaming data processing and ML inference." {

            // Real-time data pipeline (QUEUE / PROCESSOR / STORAGE defines of the seed)
            sensorQ = container "Sensor Data Queue" "Buffers the raw readings arriving from sensors and devices." "" "Queue"
            eventQ = container "Event Stream Queue" "Carries normalized events to the stream processor." "" "Queue"
            mlQ = container "ML Pipeline Queue" "Queues processed data that awaits ML inference." "" "Queue"
            ingestion = container "Data Ingestion Service" "Consumes raw sensor data and normalizes it into events." {
                properties {
                    "plumbline.shape" "component"
                }
            }
            streamProc = container "Stream Processor" "Windowing, aggregation and complex event processing over the event stream." "Apache Flink" {
                properties {
                    "plumbline.shape" "component"
                }
            }
            mlEngine = container "ML Inference Engine" "Runs real-time inference and anomaly detection on the streamed data." {
                properties {
                    "plumbline.shape" "component"
                }
            }
            timeSeriesDb = container "Time Series DB" "Stores the metrics the stream processor derives." "InfluxDB" "Database"
            vectorDb = container "Vector Database" "Stores the embeddings the inference engine produces." "Pinecone" "Database"
            dataLake = container "Data Lake" "Keeps historical data for batch processing, historical analysis and model training." "Delta Lake" "Database"

            // ML model lifecycle
            modelRegistry = container "Model Registry" "Versions models and manages their promotion: A/B testing and rollback."
            trainingPipeline = container "Training Pipeline" "Trains models for submitted training jobs and registers the results."
            modelServer = container "Model Server" "Serves deployed models in staging and production and distributes them to edge devices."
            edgeDevice = container "Edge Device" "Runs distributed models locally, with offline capability."

            // Event sourcing
            group "Command Side" {
                cmdHandler = container "Command Handler" "Accepts commands and executes them against aggregates." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                aggregate = container "Aggregate" "Checks a command against the current state and emits the resulting events." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                eventStore = container "Event Store" "Immutable event log giving a full audit trail." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Query Side" {
                projector = container "Event Projector" "Projects published events into the read model." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                readModel = container "Read Model" "Views optimized for queries, eventually consistent with the event log." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                queryHandler = container "Query Handler" "Answers queries from the read model." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Event Bus" {
                kafka = container "Apache Kafka" "Carries the events published by the event store." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                eventRouter = container "Event Router" "Routes events from Kafka to the projectors that need them." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }

            // Real-time collaboration
            collabServer = container "Collaboration Server" "Coordinates concurrent edits of a flow and tells collaborators about conflicts."
            conflictResolver = container "Conflict Resolver" "Detects edits that conflict with the latest version."
            versionControl = container "Version Control" "Keeps the versions of every flow and saves conflict resolutions."
            broadcast = container "Broadcast Service" "Pushes changes and resolutions to every connected collaborator."

            // Operational transformation
            clientA = container "Client A" "The editor client of one collaborator, sending and receiving operations."
            clientB = container "Client B" "The editor client of another collaborator, editing concurrently with Client A."
            otServer = container "OT Server" "Transforms concurrent operations against each other so that every client converges."
            stateManager = container "State Manager" "Maintains the canonical document state."

            // Backup and recovery
            group "Primary Site" {
                primaryCluster = container "Primary Cluster" "The cluster running the studio at the primary site." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                primaryDb = container "Primary Database" "The studio's database at the primary site." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                appData = container "Application Data" "Files and application state kept outside the database at the primary site." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Backup Systems" {
                backupCtrl = container "Backup Controller" "Schedules and coordinates the backups of the primary site." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                snapshotService = container "Snapshot Service" "Creates snapshots of the primary cluster's volumes." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                backupStorage = container "Backup Storage" "Holds snapshots, database backups and application backups." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Secondary Site" {
                drCluster = container "DR Cluster" "Standby cluster at the secondary site that takes over after a disaster." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                drDb = container "DR Database" "The database at the secondary site, restored from backups." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                recoveryService = container "Recovery Service" "Restores data from backup storage and brings the secondary site up." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }

            // Automated failover
            healthMonitor = container "Health Monitor" "Health-checks the primary system and reports its failure."
            failoverCtrl = container "Failover Controller" "Orchestrates automated failover within an RTO of 30 seconds and an RPO of 5 minutes."
            primarySystem = container "Primary System" "The active studio deployment."
            secondarySystem = container "Secondary System" "The standby studio deployment, activated on failover."
            loadBalancer = container "Load Balancer" "Routes user traffic to the active deployment."
            dnsService = container "DNS Service" "Resolves the studio's host names to the active deployment."

            // Multi-level caching
            group "Client Layer" {
                browserCache = container "Browser Cache" "HTTP cache of the studio's web client." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                mobileCache = container "Mobile Cache" "Local cache of the studio's mobile client." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Edge Layer" {
                cdnCache = container "CDN Cache" "Content delivery network cache in front of the studio." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                edgeCache = container "Edge Cache" "Cache at the edge locations, between the CDN and the application." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Application Layer" {
                appCache = container "Application Cache" "In-process cache of the application servers." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                sessionCache = container "Session Cache" "Holds the users' sessions." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                redisCache = container "Redis Cache" "Distributed cache, also holding session data." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Database Layer" {
                queryCache = container "Query Cache" "Database-level cache of query results." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                database = container "Database" "The studio's system of record behind the caches." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }

            // Performance monitoring: the monitored application tier
            application = container "Application" "The studio's application tier as performance monitoring sees it: it sends metrics and is scaled and tuned."
        }

        // ---------------------------------------------------------------- engineering tooling
        platform = softwareSystem "Engineering Platform" "The tooling the studio team uses to build, ship, observe and scale the studio." {

            // GitOps delivery
            gitRepo = container "Git Repository" "Holds the studio's code and deployment manifests: the source of truth for GitOps."
            ciPipeline = container "CI Pipeline" "Builds and tests every change and publishes its container image."
            containerRegistry = container "Container Registry" "Stores the studio's container images."
            argoCd = container "ArgoCD" "GitOps controller that syncs Kubernetes with the manifests in Git and rolls back failed deployments."
            kubernetes = container "Kubernetes" "Container orchestrator running the studio."
            monitoring = container "Monitoring" "Watches deployments, services and models: health checks, deployment status, model performance and alerts."

            // Multi-environment promotion
            group "Development" {
                devCluster = container "Dev Cluster" "The development cluster where a change runs first." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                devTests = container "Dev Tests" "Unit tests run in the development environment." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Staging" {
                stagingCluster = container "Staging Cluster" "Production-like cluster for pre-release testing." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                integrationTests = container "Integration Tests" "Integration test suite run in staging." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                perfTests = container "Performance Tests" "Performance test suite run in staging." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Production" {
                prodCluster = container "Prod Cluster" "The production cluster serving users." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                canary = container "Canary Deployment" "Canary release sending 5% of traffic to the new version." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                blueGreen = container "Blue-Green Deployment" "Blue-green release for zero-downtime deployment." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }

            // Performance monitoring and optimization
            metricsCollector = container "Metrics Collector" "Collects CPU, memory, latency and throughput metrics."
            metricsTsdb = container "Time Series DB" "Stores the collected metrics and checks them against thresholds."
            alertMgr = container "Alert Manager" "Receives threshold breaches and anomaly alerts and triggers scaling and optimization." {
                properties {
                    "plumbline.shape" "component"
                }
            }
            autoScaler = container "Auto Scaler" "Scales the application's resources."
            perfOptimizer = container "Performance Optimizer" "Applies query optimization, cache tuning and resource allocation."
        }

        // ---------------------------------------------------------------- integration testing
        testbed = softwareSystem "Integration Test Bed" "The environment in which the studio is tested end to end and under chaos experiments." {

            group "Test Environment" {
                testRunner = container "Test Runner" "Drives the end-to-end test scenarios." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                testDataMgr = container "Test Data Manager" "Sets up the test data." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                mockServices = container "Mock Services" "Stand-ins for external services during tests." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "System Under Test" {
                sutStudio = container "VisualGridDev Studio" "The studio build deployed in the test bed as the system under test." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                agentNetwork = container "Agent Network" "The studio's agents, processing workflows in the test bed." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                sutDatabase = container "Database" "The database of the system under test." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }
            group "Validation" {
                resultValidator = container "Result Validator" "Checks functional results and performance against expectations." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                perfMonitor = container "Performance Monitor" "Measures the performance of the system under test." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
                reportGenerator = container "Report Generator" "Produces the test reports." {
                    properties {
                        "plumbline.shape" "component"
                    }
                }
            }

            // Chaos engineering
            chaosController = container "Chaos Controller" "Runs chaos experiments: network partitions, service failures, resource exhaustion."
            targetSystem = container "Target System" "The studio deployment a chaos experiment runs against."
            recoverySystem = container "Recovery System" "Automated healing, failover and scaling."
            testValidator = container "Test Validator" "Decides whether the target system recovered as expected."
        }

        // ---------------------------------------------------------------- relationships

        // Real-time data pipeline
        sensorQ -> ingestion "Raw sensor data"
        ingestion -> eventQ "Normalized events"
        eventQ -> streamProc "Real-time processing"
        streamProc -> timeSeriesDb "Store metrics"
        streamProc -> mlQ "ML processing queue"
        mlQ -> mlEngine "Run inference"
        mlEngine -> vectorDb "Store embeddings"
        mlEngine -> alertMgr "Anomaly alerts"
        streamProc -> dataLake "Historical data"
        dataLake -> mlEngine "Training data"

        // ML model lifecycle
        dataScientist -> trainingPipeline "Submit training job"
        trainingPipeline -> trainingPipeline "Train model"
        trainingPipeline -> modelRegistry "Register model"
        modelRegistry -> modelRegistry "Version model"
        dataScientist -> modelRegistry "Approve model"
        modelRegistry -> modelServer "Deploy to staging"
        modelServer -> monitoring "Health checks"
        monitoring -> modelRegistry "Validation results"
        modelRegistry -> modelServer "Deploy to production"
        modelServer -> edgeDevice "Distribute model"
        edgeDevice -> edgeDevice "Load model locally"
        edgeDevice -> monitoring "Model performance"
        monitoring -> modelRegistry "Performance metrics"
        modelRegistry -> dataScientist "Model analytics"

        // Event sourcing
        cmdHandler -> aggregate "Execute command"
        aggregate -> eventStore "Store events"
        eventStore -> kafka "Publish events"
        kafka -> eventRouter "Route events"
        eventRouter -> projector "Project events"
        projector -> readModel "Update views"
        queryHandler -> readModel "Query data"

        // Real-time collaboration
        userA -> collabServer "Edit flow node"
        collabServer -> conflictResolver "Check conflicts"
        conflictResolver -> versionControl "Get latest version"
        versionControl -> conflictResolver "Return version"
        conflictResolver -> collabServer "No conflicts"
        collabServer -> broadcast "Broadcast change"
        broadcast -> userB "Update UI"
        userB -> collabServer "Edit same node"
        conflictResolver -> conflictResolver "Detect conflict"
        conflictResolver -> collabServer "Conflict detected"
        collabServer -> userA "Conflict notification"
        collabServer -> userB "Conflict notification"
        userA -> collabServer "Resolve conflict"
        collabServer -> versionControl "Save resolution"
        versionControl -> broadcast "Broadcast resolution"
        broadcast -> userB "Apply resolution"

        // Operational transformation
        clientA -> otServer "Operation Op1"
        otServer -> stateManager "Apply Op1"
        stateManager -> otServer "State updated"
        otServer -> clientB "Send Op1"
        clientB -> otServer "Operation Op2 (concurrent)"
        otServer -> stateManager "Get current state"
        stateManager -> otServer "Return state"
        otServer -> otServer "Transform Op2 against Op1"
        otServer -> stateManager "Apply transformed Op2"
        otServer -> clientA "Send transformed Op2"
        otServer -> clientB "Confirm Op2"

        // GitOps deployment pipeline
        developer -> gitRepo "Push code changes"
        gitRepo -> ciPipeline "Trigger build"
        ciPipeline -> ciPipeline "Run tests"
        ciPipeline -> containerRegistry "Push container image"
        ciPipeline -> gitRepo "Update deployment manifest"
        gitRepo -> argoCd "Detect changes"
        argoCd -> kubernetes "Deploy application"
        kubernetes -> kubernetes "Rolling update"
        kubernetes -> monitoring "Health checks"
        monitoring -> argoCd "Deployment status"
        argoCd -> gitRepo "Update status"
        monitoring -> argoCd "Failure detected"
        argoCd -> kubernetes "Rollback deployment"
        kubernetes -> monitoring "Rollback complete"
        argoCd -> developer "Notify failure"

        // Multi-environment promotion
        devCluster -> devTests "Run unit tests"
        devTests -> stagingCluster "Promote to staging"
        stagingCluster -> integrationTests "Run integration tests"
        integrationTests -> perfTests "Run performance tests"
        perfTests -> canary "Deploy canary"
        canary -> blueGreen "Full deployment"
        blueGreen -> prodCluster "Switch traffic"

        // Backup and recovery; the last four happen only when a disaster occurs (see the view's fragment)
        primaryCluster -> backupCtrl "Trigger backup"
        backupCtrl -> snapshotService "Create snapshots"
        snapshotService -> backupStorage "Store backups"
        primaryDb -> backupStorage "Database backups"
        appData -> backupStorage "Application backups"
        restoreData = backupStorage -> recoveryService "Restore data"
        deployServices = recoveryService -> drCluster "Deploy services"
        restoreDatabase = recoveryService -> drDb "Restore database"
        validateRecovery = drCluster -> drCluster "Validate recovery"

        // Automated failover. "No response (timeout)" is deliberately not a relationship: the primary system
        // sends nothing; the step is the unanswered health check, drawn solid as in the seed.
        healthMonitor -> primarySystem "Health check"
        healthMonitor -> failoverCtrl "Primary failure detected"
        failoverCtrl -> secondarySystem "Activate secondary"
        secondarySystem -> secondarySystem "Start services"
        secondarySystem -> failoverCtrl "Services ready"
        failoverCtrl -> loadBalancer "Update backend"
        loadBalancer -> loadBalancer "Route to secondary"
        failoverCtrl -> dnsService "Update DNS records"
        dnsService -> dnsService "Propagate changes"
        failoverCtrl -> healthMonitor "Failover complete"

        // Multi-level caching
        browserCache -> cdnCache "Cache miss"
        mobileCache -> cdnCache "Cache miss"
        cdnCache -> edgeCache "Cache miss"
        edgeCache -> appCache "Cache miss"
        appCache -> redisCache "Cache miss"
        redisCache -> queryCache "Cache miss"
        queryCache -> database "Query data"
        database -> queryCache "Return data"
        queryCache -> redisCache "Cache result"
        redisCache -> appCache "Return data"
        appCache -> edgeCache "Cache data"
        edgeCache -> cdnCache "Cache data"
        cdnCache -> browserCache "Return data"

        // Performance monitoring and optimization
        application -> metricsCollector "Send metrics"
        metricsCollector -> metricsTsdb "Store metrics"
        metricsTsdb -> alertMgr "Check thresholds"
        alertMgr -> autoScaler "Trigger scaling"
        autoScaler -> application "Scale resources"
        alertMgr -> perfOptimizer "Optimize performance"
        perfOptimizer -> application "Apply optimizations"

        // End-to-end testing
        testRunner -> testDataMgr "Setup test data"
        testDataMgr -> sutDatabase "Initialize database"
        testRunner -> mockServices "Start mock services"
        testRunner -> sutStudio "Execute test scenarios"
        sutStudio -> agentNetwork "Process workflows"
        agentNetwork -> sutDatabase "Data operations"
        sutDatabase -> resultValidator "Validate results"
        sutStudio -> perfMonitor "Performance metrics"
        perfMonitor -> resultValidator "Performance validation"
        resultValidator -> reportGenerator "Generate reports"
        reportGenerator -> testRunner "Test results"

        // Chaos engineering
        chaosController -> targetSystem "Inject failure"
        targetSystem -> targetSystem "Experience failure"
        targetSystem -> monitoring "Send alerts"
        monitoring -> recoverySystem "Trigger recovery"
        recoverySystem -> targetSystem "Execute recovery"
        targetSystem -> monitoring "Report status"
        monitoring -> testValidator "Validate recovery"
        testValidator -> chaosController "Recovery successful"
        testValidator -> chaosController "Recovery failed"
        chaosController -> targetSystem "Stop chaos experiment"
        targetSystem -> recoverySystem "Manual intervention"
    }

    views {

        // ============================================================ Data Flow and Processing

        container studio "vgd-real-time-data-pipeline" {
            title "Real-time Data Processing Pipeline"
            include sensorQ eventQ mlQ ingestion streamProc mlEngine alertMgr timeSeriesDb vectorDb dataLake
            properties {
                "plumbline.seed" "000 Real-time Data Pipeline"
                "plumbline.note.1" "right of streamProc: Windowing, aggregation,\ncomplex event processing"
                "plumbline.note.2" "right of mlEngine: Real-time inference,\nanomalies detection"
                "plumbline.note.3" "right of dataLake: Batch processing,\nhistorical analysis"
            }
        }

        dynamic studio "vgd-ml-model-lifecycle" {
            title "ML Model Lifecycle Management"
            dataScientist -> trainingPipeline "Submit training job"
            trainingPipeline -> trainingPipeline "Train model"
            trainingPipeline -> modelRegistry "Register model"
            modelRegistry -> modelRegistry "Version model"
            dataScientist -> modelRegistry "Approve model"
            modelRegistry -> modelServer "Deploy to staging"
            modelServer -> monitoring "Health checks"
            monitoring -> modelRegistry "Validation results"
            modelRegistry -> modelServer "Deploy to production"
            modelServer -> edgeDevice "Distribute model"
            edgeDevice -> edgeDevice "Load model locally"
            edgeDevice -> monitoring "Model performance"
            monitoring -> modelRegistry "Performance metrics"
            modelRegistry -> dataScientist "Model analytics"
            // plumbline: note right of modelRegistry: Model versioning,\nA/B testing, rollback
            // plumbline: note right of edgeDevice: Local inference,\noffline capability
            properties {
                "plumbline.seed" "000 ML Model Lifecycle"
                "plumbline.participants" "dataScientist, modelRegistry, trainingPipeline, modelServer, edgeDevice, monitoring"
            }
        }

        container studio "vgd-event-sourcing-pattern" {
            title "Event Sourcing Architecture"
            include cmdHandler aggregate eventStore projector readModel queryHandler kafka eventRouter
            properties {
                "plumbline.seed" "000 Event Sourcing Pattern"
                "plumbline.note.1" "right of eventStore: Immutable event log,\nfull audit trail"
                "plumbline.note.2" "right of readModel: Optimized for queries,\neventual consistency"
            }
        }

        // ============================================================ Collaborative Features

        dynamic studio "vgd-real-time-collaboration-architecture" {
            title "Real-time Collaboration System"
            userA -> collabServer "Edit flow node"
            collabServer -> conflictResolver "Check conflicts"
            conflictResolver -> versionControl "Get latest version"
            versionControl -> conflictResolver "Return version"
            conflictResolver -> collabServer "No conflicts"
            collabServer -> broadcast "Broadcast change"
            broadcast -> userB "Update UI"
            userB -> collabServer "Edit same node"
            collabServer -> conflictResolver "Check conflicts"
            conflictResolver -> conflictResolver "Detect conflict"
            conflictResolver -> collabServer "Conflict detected"
            collabServer -> userA "Conflict notification"
            collabServer -> userB "Conflict notification"
            userA -> collabServer "Resolve conflict"
            collabServer -> versionControl "Save resolution"
            versionControl -> broadcast "Broadcast resolution"
            broadcast -> userB "Apply resolution"
            properties {
                "plumbline.seed" "000 Real-time Collaboration Architecture"
                "plumbline.participants" "userA, userB, collabServer, conflictResolver, versionControl, broadcast"
            }
        }

        dynamic studio "vgd-operational-transformation" {
            title "Operational Transformation for Collaborative Editing"
            clientA -> otServer "Operation Op1"
            otServer -> stateManager "Apply Op1"
            stateManager -> otServer "State updated"
            otServer -> clientB "Send Op1"
            clientB -> otServer "Operation Op2 (concurrent)"
            otServer -> stateManager "Get current state"
            stateManager -> otServer "Return state"
            otServer -> otServer "Transform Op2 against Op1"
            otServer -> stateManager "Apply transformed Op2"
            stateManager -> otServer "State updated"
            otServer -> clientA "Send transformed Op2"
            otServer -> clientB "Confirm Op2"
            // plumbline: note right of otServer: Operational Transformation\nensures consistency
            // plumbline: note right of stateManager: Maintains canonical\ndocument state
            properties {
                "plumbline.seed" "000 Operational Transformation"
                "plumbline.participants" "clientA, clientB, otServer, stateManager"
            }
        }

        // ============================================================ Deployment and DevOps

        dynamic platform "vgd-gitops-deployment-pipeline" {
            title "GitOps Deployment Pipeline"
            developer -> gitRepo "Push code changes"
            gitRepo -> ciPipeline "Trigger build"
            ciPipeline -> ciPipeline "Run tests"
            ciPipeline -> containerRegistry "Push container image"
            ciPipeline -> gitRepo "Update deployment manifest"
            gitRepo -> argoCd "Detect changes"
            argoCd -> kubernetes "Deploy application"
            kubernetes -> kubernetes "Rolling update"
            kubernetes -> monitoring "Health checks"
            monitoring -> argoCd "Deployment status"
            argoCd -> gitRepo "Update status"
            // plumbline: alt Deployment fails
            monitoring -> argoCd "Failure detected"
            argoCd -> kubernetes "Rollback deployment"
            kubernetes -> monitoring "Rollback complete"
            argoCd -> developer "Notify failure"
            // plumbline: end
            properties {
                "plumbline.seed" "000 GitOps Deployment Pipeline"
            }
        }

        container platform "vgd-multi-environment-promotion" {
            title "Multi-Environment Promotion Pipeline"
            include devCluster devTests stagingCluster integrationTests perfTests prodCluster canary blueGreen
            properties {
                "plumbline.seed" "000 Multi-Environment Promotion"
                "plumbline.note.1" "right of canary: 5% traffic to new version"
                "plumbline.note.2" "right of blueGreen: Zero-downtime deployment"
            }
        }

        // ============================================================ Disaster Recovery

        container studio "vgd-backup-and-recovery-architecture" {
            title "Backup and Recovery Architecture"
            include primaryCluster primaryDb appData backupCtrl snapshotService backupStorage drCluster drDb recoveryService
            properties {
                "plumbline.seed" "000 Backup and Recovery Architecture"
                "plumbline.fragment.1" "alt Disaster occurs: restoreData, deployServices, restoreDatabase, validateRecovery"
            }
        }

        dynamic studio "vgd-failover-sequence" {
            title "Automated Failover Sequence"
            healthMonitor -> primarySystem "Health check"
            primarySystem -> healthMonitor "No response (timeout)"
            healthMonitor -> failoverCtrl "Primary failure detected"
            failoverCtrl -> secondarySystem "Activate secondary"
            secondarySystem -> secondarySystem "Start services"
            secondarySystem -> failoverCtrl "Services ready"
            failoverCtrl -> loadBalancer "Update backend"
            loadBalancer -> loadBalancer "Route to secondary"
            failoverCtrl -> dnsService "Update DNS records"
            dnsService -> dnsService "Propagate changes"
            failoverCtrl -> healthMonitor "Failover complete"
            // plumbline: note right of failoverCtrl: RTO: 30 seconds\nRPO: 5 minutes
            properties {
                "plumbline.seed" "000 Failover Sequence"
                "plumbline.participants" "healthMonitor, failoverCtrl, primarySystem, secondarySystem, loadBalancer, dnsService"
                "plumbline.step.2.arrow" "solid"
            }
        }

        // ============================================================ Performance Optimization

        container studio "vgd-caching-strategy" {
            title "Multi-Level Caching Strategy"
            include browserCache mobileCache cdnCache edgeCache appCache sessionCache redisCache queryCache database
            properties {
                "plumbline.seed" "000 Caching Strategy"
                "plumbline.note.1" "right of redisCache: Distributed cache\nfor session data"
                "plumbline.note.2" "right of queryCache: Database-level\nquery optimization"
            }
        }

        dynamic platform "vgd-performance-monitoring-flow" {
            title "Performance Monitoring and Optimization"
            // plumbline: loop Every 15 seconds
            application -> metricsCollector "Send metrics"
            metricsCollector -> metricsTsdb "Store metrics"
            metricsTsdb -> alertMgr "Check thresholds"
            // plumbline: alt Performance degradation
            alertMgr -> autoScaler "Trigger scaling"
            autoScaler -> application "Scale resources"
            alertMgr -> perfOptimizer "Optimize performance"
            perfOptimizer -> application "Apply optimizations"
            // plumbline: end
            // plumbline: end
            // plumbline: note right of metricsCollector: CPU, memory, latency,\nthroughput metrics
            // plumbline: note right of perfOptimizer: Query optimization,\ncache tuning, resource allocation
            properties {
                "plumbline.seed" "000 Performance Monitoring Flow"
            }
        }

        // ============================================================ Integration Testing

        container testbed "vgd-end-to-end-testing-flow" {
            title "End-to-End Testing Architecture"
            include testRunner testDataMgr mockServices sutStudio agentNetwork sutDatabase resultValidator perfMonitor reportGenerator
            properties {
                "plumbline.seed" "000 End-to-End Testing Flow"
            }
        }

        // Repaired: the seed reports "Recovery successful" unconditionally and then opens "alt Recovery failed";
        // the author meant the two outcomes as the branches of one alternative.
        dynamic testbed "vgd-chaos-engineering-testing" {
            title "Chaos Engineering Testing"
            chaosController -> targetSystem "Inject failure"
            targetSystem -> targetSystem "Experience failure"
            targetSystem -> monitoring "Send alerts"
            monitoring -> recoverySystem "Trigger recovery"
            recoverySystem -> targetSystem "Execute recovery"
            targetSystem -> monitoring "Report status"
            monitoring -> testValidator "Validate recovery"
            // plumbline: alt Recovery successful
            testValidator -> chaosController "Recovery successful"
            // plumbline: else Recovery failed
            testValidator -> chaosController "Recovery failed"
            chaosController -> targetSystem "Stop chaos experiment"
            targetSystem -> recoverySystem "Manual intervention"
            // plumbline: end
            // plumbline: note right of chaosController: Network partitions,\nservice failures, resource exhaustion
            // plumbline: note right of recoverySystem: Automated healing,\nfailover, scaling
            properties {
                "plumbline.seed" "000 Chaos Engineering Testing"
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
        }
    }
}
