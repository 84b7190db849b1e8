/*
 * Data Streaming Pipeline: the model behind seed 004 ("Architecture Diagrams" of the
 * Data Streaming Pipeline). One view per seed diagram; see docs/model-conventions.md.
 *
 * Container-level relationships are drawn exactly as the seed draws them, so Structurizr must not
 * add implied container relationships from component relationships.
 */
workspace "Data Streaming Pipeline" "Kafka and Spark based data streaming pipeline on AWS: ingestion, stream and batch processing, storage, dashboards." {

    !impliedRelationships false

    model {
        properties {
            "structurizr.groupSeparator" "/"
        }

        dataSources = softwareSystem "Data Sources" "The APIs, JSON files and databases outside the pipeline whose records the producers read." "External"

        pipeline = softwareSystem "Data Streaming Pipeline" "Ingests data from APIs, files and databases through Kafka, processes it with Spark streaming and batch jobs, stores results in PostgreSQL and serves them on a Next.js dashboard." {

            group "Data Sources" {
                apiSources = container "API Sources" "REST APIs polled for new records." "" "Data Source"
                kafkaProducers = container "Kafka Producers" "Producer processes that read the sources and publish records to Kafka topics." {
                    group "Data Ingestion" {
                        apiProducer = component "API Producer" "Polls the API sources and publishes each record to raw_data."
                        jsonProducer = component "JSON Producer" "Reads JSON files and publishes each record to raw_data."
                        databaseProducer = component "Database Producer" "Reads new rows from the source database and publishes them to raw_data."
                    }
                }
                jsonFiles = container "JSON Files" "JSON files dropped for ingestion." "" "Data Source"
                sourceDatabase = container "Database" "Operational database whose rows are ingested." "" "Data Source,Database"
            }

            group "Streaming Layer" {
                apacheKafka = container "Apache Kafka" "The message broker every record passes through." "" "Queue"
                topics = container "Topics" "The Kafka topics that carry raw and processed records." "" "Queue" {
                    group "Data Ingestion" {
                        rawDataTopic = component "Kafka Topic: raw_data" "Topic holding records as the producers read them." "" "Queue"
                    }
                    group "Stream Processing" {
                        processedDataTopic = component "Kafka Topic: processed_data" "Topic holding transformed and enriched records." "" "Queue"
                    }
                }
            }

            group "Processing Layer" {
                sparkStreaming = container "Spark Streaming" "Spark Structured Streaming application: transforms and enriches records as they arrive." {
                    group "Stream Processing" {
                        sparkStreamingJob = component "Spark Streaming" "The streaming query that consumes raw_data micro-batches."
                        dataTransformation = component "Data Transformation" "Cleans and reshapes each record."
                        dataEnrichment = component "Data Enrichment" "Joins records with reference data before they are published to processed_data."
                    }
                }
                sparkBatch = container "Spark Batch" "Spark batch application: periodic aggregations and analytics over the collected data." {
                    group "Batch Processing" {
                        sparkBatchJob = component "Spark Batch" "The batch job that reads raw_data in bulk."
                        dataAggregation = component "Data Aggregation" "Aggregates records over time windows and keys."
                        analytics = component "Analytics" "Computes the analytics results stored in PostgreSQL."
                    }
                }
                airflow = container "Airflow" "Apache Airflow: schedules and orchestrates the Spark jobs and operational jobs." {
                    group "Orchestration" {
                        airflowDag = component "Airflow DAG" "The DAG that triggers the processing, backup and monitoring jobs."
                        backupJob = component "Backup Job" "Scheduled task that backs the database up to S3."
                        monitoringJob = component "Monitoring Job" "Scheduled task that publishes pipeline health metrics."
                    }
                }
            }

            group "Storage Layer" {
                postgres = container "PostgreSQL" "Relational store of processed data and analytics results." "" "Database" {
                    group "Batch Processing" {
                        analyticsStore = component "PostgreSQL" "The tables holding processed records and analytics results." "" "Database"
                    }
                }
            }

            group "Visualization Layer" {
                nextjsFrontend = container "Next.js Frontend" "Next.js web application that queries PostgreSQL and serves the dashboard." {
                    group "Data Serving" {
                        nextjsApi = component "Next.js API" "API routes that query PostgreSQL."
                        frontendDashboard = component "Frontend Dashboard" "React pages that chart the results."
                    }
                }
                dashboard = container "Dashboard" "The charts and tables users look at." "" "Web Browser"
            }

            group "Cloud Services" {
                awsS3 = container "AWS S3" "Amazon S3 object storage for backups." "" "AWS"
                backups = container "Backups" "Database backups kept in S3." "" "Artifact"
                cloudWatch = container "CloudWatch" "Amazon CloudWatch: metrics, logs and alarms of every processing stage." "" "AWS" {
                    group "Monitoring" {
                        cloudWatchMetrics = component "CloudWatch" "The metrics and logs the jobs publish." "" "AWS"
                    }
                }
                monitoring = container "Monitoring" "Dashboards and alarms built on the CloudWatch metrics." "" "Artifact"
                ecr = container "ECR" "Amazon Elastic Container Registry." "" "AWS"
                dockerImages = container "Docker Images" "The images of the pipeline's services, stored in ECR." "" "Artifact"
            }

            # The data flow diagram names the broker and the web application differently from the overview.
            kafka = container "Kafka" "The broker as the data flow diagram names it: topics the producers publish to and both Spark applications consume." "" "Queue"
            frontend = container "Frontend" "The web application as the data flow diagram names it: queries PostgreSQL and reports metrics." ""

            # The deployable images that run on ECS (infrastructure diagram).
            kafkaContainer = container "Kafka Container" "Docker container running the Kafka broker on ECS." "" "Docker"
            sparkContainer = container "Spark Container" "Docker container running the Spark streaming and batch applications on ECS." "" "Docker"
            airflowContainer = container "Airflow Container" "Docker container running the Airflow scheduler and webserver on ECS." "" "Docker"
            frontendContainer = container "Frontend Container" "Docker container running the Next.js frontend on ECS." "" "Docker"
        }

        # System Overview
        apiSources -> kafkaProducers "Supplies API records to" "" "Unlabelled"
        jsonFiles -> kafkaProducers "Supplies JSON records to" "" "Unlabelled"
        sourceDatabase -> kafkaProducers "Supplies new rows to" "" "Unlabelled"
        kafkaProducers -> apacheKafka "Publishes records to" "" "Unlabelled"
        apacheKafka -> topics "Appends records to" "" "Unlabelled"
        topics -> sparkStreaming "Streams raw records to" "" "Unlabelled"
        sparkStreaming -> sparkBatch "Feeds collected records to" "" "Unlabelled"
        airflow -> sparkStreaming "Schedules and starts" "" "Unlabelled"
        airflow -> sparkBatch "Schedules runs of" "" "Unlabelled"
        sparkBatch -> postgres "Writes analytics results to" "" "Unlabelled"
        sparkStreaming -> postgres "Writes processed data to" "" "Unlabelled"
        postgres -> nextjsFrontend "Serves query results to" "" "Unlabelled"
        nextjsFrontend -> dashboard "Renders charts and tables in" "" "Unlabelled"
        awsS3 -> backups "Stores" "" "Unlabelled"
        cloudWatch -> monitoring "Supplies metrics and alarms to" "" "Unlabelled"
        ecr -> dockerImages "Hosts" "" "Unlabelled"
        postgres -> awsS3 "Is backed up to" "" "Unlabelled"
        sparkStreaming -> cloudWatch "Publishes streaming metrics and logs to" "" "Unlabelled"
        sparkBatch -> cloudWatch "Publishes batch job metrics and logs to" "" "Unlabelled"

        # Data Flow Diagram (the steps reuse the overview's arrows where the overview has the pair)
        dataSources -> kafkaProducers "Raw Data"
        kafkaProducers -> kafka "Publish to Topics"
        kafka -> sparkStreaming "Stream Processing"
        kafka -> sparkBatch "Batch Processing"
        postgres -> frontend "Query Data"
        frontend -> cloudWatch "Metrics"

        # Component Interaction Diagram
        apiProducer -> rawDataTopic "Publishes API records to" "" "Unlabelled"
        jsonProducer -> rawDataTopic "Publishes JSON records to" "" "Unlabelled"
        databaseProducer -> rawDataTopic "Publishes database rows to" "" "Unlabelled"
        rawDataTopic -> sparkStreamingJob "Streams raw records to" "" "Unlabelled"
        sparkStreamingJob -> dataTransformation "Passes each micro-batch to" "" "Unlabelled"
        dataTransformation -> dataEnrichment "Passes cleaned records to" "" "Unlabelled"
        dataEnrichment -> processedDataTopic "Publishes enriched records to" "" "Unlabelled"
        rawDataTopic -> sparkBatchJob "Supplies raw records in bulk to" "" "Unlabelled"
        sparkBatchJob -> dataAggregation "Passes the loaded records to" "" "Unlabelled"
        dataAggregation -> analytics "Passes aggregates to" "" "Unlabelled"
        analytics -> analyticsStore "Stores analytics results in" "" "Unlabelled"
        processedDataTopic -> analyticsStore "Feeds processed records into" "" "Unlabelled"
        analyticsStore -> nextjsApi "Answers queries from" "" "Unlabelled"
        nextjsApi -> frontendDashboard "Returns query results to" "" "Unlabelled"
        airflowDag -> sparkStreamingJob "Starts and restarts" "" "Unlabelled"
        airflowDag -> sparkBatchJob "Schedules runs of" "" "Unlabelled"
        airflowDag -> backupJob "Schedules runs of" "" "Unlabelled"
        airflowDag -> monitoringJob "Schedules runs of" "" "Unlabelled"
        monitoringJob -> cloudWatchMetrics "Publishes pipeline health metrics to" "" "Unlabelled"
        sparkStreamingJob -> cloudWatchMetrics "Publishes streaming metrics to" "" "Unlabelled"
        sparkBatchJob -> cloudWatchMetrics "Publishes job metrics to" "" "Unlabelled"
        analyticsStore -> cloudWatchMetrics "Reports database metrics to" "" "Unlabelled"

        # Infrastructure Architecture: container relationships, replicated between the container instances
        kafkaContainer -> postgres "Delivers processed_data records to" "" "Unlabelled"
        sparkContainer -> postgres "Writes processed data and analytics results to" "" "Unlabelled"
        airflowContainer -> postgres "Runs backup and monitoring jobs against" "" "Unlabelled"

        production = deploymentEnvironment "Production" {
            awsCloud = deploymentNode "AWS Cloud" "The AWS account the pipeline runs in." {
                vpc = deploymentNode "VPC" "The pipeline's virtual private cloud." {
                    publicSubnets = deploymentNode "Public Subnets" "Subnets reachable from the internet." {
                        alb = infrastructureNode "Application Load Balancer" "Routes users' HTTPS requests to the frontend." "" "AWS"
                        natGateway = infrastructureNode "NAT Gateway" "Outbound internet access for the private subnets." "" "AWS"
                    }
                    privateSubnets = deploymentNode "Private Subnets" "Subnets without inbound internet access." {
                        ecsCluster = deploymentNode "ECS Cluster" "Amazon ECS cluster running the pipeline's containers." {
                            # The seed's arrows call the cluster "ECS"; the drift check accepts that label for it.
                            properties {
                                "plumbline.aliases" "ECS"
                            }
                            kafkaContainerInstance = containerInstance kafkaContainer
                            sparkContainerInstance = containerInstance sparkContainer
                            airflowContainerInstance = containerInstance airflowContainer
                            frontendContainerInstance = containerInstance frontendContainer
                        }
                        rds = deploymentNode "RDS" "Amazon RDS managed database service." {
                            postgresInstance = containerInstance postgres
                        }
                    }
                }
                storage = deploymentNode "Storage" "Storage services of the account." {
                    s3Buckets = infrastructureNode "S3 Buckets" "Backups and archived data." "" "AWS"
                    ecrRepositories = infrastructureNode "ECR Repositories" "The Docker images the ECS cluster runs." "" "AWS"
                }
                awsMonitoring = deploymentNode "Monitoring" "Monitoring services of the account." {
                    cloudWatchService = infrastructureNode "CloudWatch" "Metrics, logs and alarms." "" "AWS"
                    snsAlerts = infrastructureNode "SNS Alerts" "Alarm notifications." "" "AWS"
                }
            }
            externalNode = deploymentNode "External" "Outside the AWS account." {
                githubActions = infrastructureNode "GitHub Actions" "CI/CD workflows that build and push the images." "" "External"
                endUsers = infrastructureNode "End Users" "People using the dashboard in their browsers." "" "External"
            }

            githubActions -> ecrRepositories "Pushes built images to" "" "Unlabelled"
            # The seed links ECR and CloudWatch to an undeclared node "ECS"; it means the ECS Cluster.
            ecrRepositories -> ecsCluster "Supplies container images to" "" "Unlabelled"
            endUsers -> alb "Send dashboard requests to" "" "Unlabelled"
            alb -> frontendContainerInstance "Forwards dashboard requests to" "" "Unlabelled"
            postgresInstance -> s3Buckets "Writes backups to" "" "Unlabelled"
            ecsCluster -> cloudWatchService "Sends container metrics and logs to" "" "Unlabelled"
            cloudWatchService -> snsAlerts "Publishes alarm notifications to" "" "Unlabelled"
        }

        # Deployment Pipeline
        group "Development" {
            codeCommit = element "Code Commit" "Step" "A developer commits a change."
            preCommitHooks = element "Pre-commit Hooks" "Step" "Formatting and lint hooks run before the commit is accepted."
            unitTests = element "Unit Tests" "Step" "The unit test suite runs."
            integrationTests = element "Integration Tests" "Step" "Tests against Kafka, Spark and PostgreSQL run."
        }
        group "CI/CD" {
            ciGithubActions = element "GitHub Actions" "Step" "The CI/CD workflow starts."
            buildDockerImages = element "Build Docker Images" "Step" "The services' images are built."
            pushToEcr = element "Push to ECR" "Step" "The images are pushed to ECR."
            deployToStaging = element "Deploy to Staging" "Step" "The new images are deployed to staging."
            e2eTests = element "E2E Tests" "Step" "End-to-end tests run against staging."
            deployToProduction = element "Deploy to Production" "Step" "The images are deployed to production."
        }
        group "Infrastructure" {
            terraformPlan = element "Terraform Plan" "Step" "Terraform computes the infrastructure changes."
            terraformApply = element "Terraform Apply" "Step" "Terraform applies them."
            createResources = element "Create Resources" "Step" "AWS resources are created or updated."
            configureMonitoring = element "Configure Monitoring" "Step" "CloudWatch dashboards and alarms are configured."
        }
        group "Monitoring" {
            deployHealthChecks = element "Health Checks" "Step" "The deployed services' health endpoints are checked."
            alerting = element "Alerting" "Step" "Failed checks raise alerts."
            deployIncidentResponse = element "Incident Response" "Step" "On-call engineers respond to the alert."
        }
        codeCommit -> preCommitHooks "Is checked by" "" "Unlabelled"
        preCommitHooks -> unitTests "Hand the accepted commit to" "" "Unlabelled"
        unitTests -> integrationTests "Must pass before" "" "Unlabelled"
        integrationTests -> ciGithubActions "Must pass before the push reaches" "" "Unlabelled"
        ciGithubActions -> buildDockerImages "Runs" "" "Unlabelled"
        buildDockerImages -> pushToEcr "Produces the images for" "" "Unlabelled"
        pushToEcr -> deployToStaging "Makes the images available to" "" "Unlabelled"
        deployToStaging -> e2eTests "Provides the environment for" "" "Unlabelled"
        e2eTests -> deployToProduction "Must pass before" "" "Unlabelled"
        terraformPlan -> terraformApply "Hands the reviewed change set to" "" "Unlabelled"
        terraformApply -> createResources "Carries out" "" "Unlabelled"
        createResources -> configureMonitoring "Provides the resources covered by" "" "Unlabelled"
        deployHealthChecks -> alerting "Report failures to" "" "Unlabelled"
        alerting -> deployIncidentResponse "Escalates to" "" "Unlabelled"
        ciGithubActions -> terraformPlan "Runs" "" "Unlabelled"
        deployToProduction -> deployHealthChecks "Is verified by" "" "Unlabelled"

        # Security Architecture
        group "Network Security" {
            secVpc = element "VPC" "Control" "The pipeline runs in its own virtual private cloud."
            securityGroups = element "Security Groups" "Control" "Instance-level firewall rules."
            nacls = element "NACLs" "Control" "Subnet-level network access control lists."
            secPrivateSubnets = element "Private Subnets" "Control" "Processing and storage run without inbound internet access."
        }
        group "Application Security" {
            apiGateway = element "API Gateway" "Control" "Single entry point for API calls."
            authentication = element "Authentication" "Control" "Callers prove who they are."
            authorization = element "Authorization" "Control" "Callers may only do what their role allows."
            rateLimiting = element "Rate Limiting" "Control" "Callers are throttled."
        }
        group "Data Security" {
            encryptionAtRest = element "Encryption at Rest" "Control" "Stored data is encrypted."
            s3Encryption = element "S3 Encryption" "Control" "Server-side encryption of the S3 buckets."
            rdsEncryption = element "RDS Encryption" "Control" "Encryption of the RDS storage and snapshots."
            encryptionInTransit = element "Encryption in Transit" "Control" "Data on the network is encrypted."
            tlsSsl = element "TLS/SSL" "Control" "TLS on every connection."
            vpn = element "VPN" "Control" "Administrative access through a VPN."
        }
        group "Monitoring Security" {
            cloudTrail = element "CloudTrail" "Control" "AWS CloudTrail records API activity."
            auditLogs = element "Audit Logs" "Control" "The recorded activity, kept for audits."
            securityAlerts = element "Security Alerts" "Control" "Suspicious activity raises alerts."
            # Custom element names are unique in a workspace: this label wraps to stay distinct from the
            # deployment pipeline's step of the same name (see docs/model-conventions.md).
            securityIncidentResponse = element "Incident\nResponse" "Control" "The security team responds to the alert."
        }
        secVpc -> securityGroups "Contains instances guarded by" "" "Unlabelled"
        securityGroups -> nacls "Are backed at subnet level by" "" "Unlabelled"
        nacls -> secPrivateSubnets "Filter traffic into" "" "Unlabelled"
        apiGateway -> authentication "Passes incoming requests to" "" "Unlabelled"
        authentication -> authorization "Passes the authenticated identity to" "" "Unlabelled"
        authorization -> rateLimiting "Passes permitted requests to" "" "Unlabelled"
        encryptionAtRest -> s3Encryption "Is implemented for S3 by" "" "Unlabelled"
        encryptionAtRest -> rdsEncryption "Is implemented for RDS by" "" "Unlabelled"
        encryptionInTransit -> tlsSsl "Is implemented on connections by" "" "Unlabelled"
        encryptionInTransit -> vpn "Is implemented for administrative access by" "" "Unlabelled"
        cloudTrail -> auditLogs "Records API activity in" "" "Unlabelled"
        auditLogs -> securityAlerts "Are scanned to raise" "" "Unlabelled"
        securityAlerts -> securityIncidentResponse "Escalate to" "" "Unlabelled"

        # Scalability Architecture
        group "Horizontal Scaling" {
            loadBalancer = element "Load Balancer" "Mechanism" "Spreads requests over the instances."
            multipleInstances = element "Multiple Instances" "Mechanism" "Several instances of each service."
            autoScalingGroups = element "Auto Scaling Groups" "Mechanism" "Add and remove instances with load."
            scalingHealthChecks = element "Health\nChecks" "Mechanism" "Unhealthy instances are replaced."
        }
        group "Data Scaling" {
            kafkaPartitions = element "Kafka Partitions" "Mechanism" "Topics are split into partitions."
            consumerGroups = element "Consumer Groups" "Mechanism" "Consumers share the partitions."
            sparkWorkers = element "Spark Workers" "Mechanism" "Processing spreads over Spark workers."
            databaseSharding = element "Database Sharding" "Mechanism" "Data is spread over database shards."
        }
        group "Storage Scaling" {
            scalingS3 = element "S3" "Mechanism" "Object storage that grows without provisioning."
            scalingLifecyclePolicies = element "Lifecycle Policies" "Mechanism" "Objects move to cheaper storage classes as they age."
            scalingDataArchival = element "Data Archival" "Mechanism" "Old data is archived."
            costOptimization = element "Cost Optimization" "Mechanism" "Storage cost stays proportional to the data that is used."
        }
        group "Monitoring Scaling" {
            scalingCloudWatch = element "CloudWatch" "Mechanism" "Collects the metrics scaling decisions are based on."
            customMetrics = element "Custom Metrics" "Mechanism" "Pipeline-specific metrics such as consumer lag."
            autoScalingTriggers = element "Auto Scaling Triggers" "Mechanism" "Alarms that scale services in and out."
            resourceOptimization = element "Resource Optimization" "Mechanism" "Capacity follows demand."
        }
        loadBalancer -> multipleInstances "Spreads requests over" "" "Unlabelled"
        multipleInstances -> autoScalingGroups "Are added and removed by" "" "Unlabelled"
        autoScalingGroups -> scalingHealthChecks "Replace instances that fail" "" "Unlabelled"
        kafkaPartitions -> consumerGroups "Are shared out among" "" "Unlabelled"
        consumerGroups -> sparkWorkers "Hand partitions to" "" "Unlabelled"
        sparkWorkers -> databaseSharding "Write in parallel to" "" "Unlabelled"
        scalingS3 -> scalingLifecyclePolicies "Ages objects under" "" "Unlabelled"
        scalingLifecyclePolicies -> scalingDataArchival "Move aged objects into" "" "Unlabelled"
        scalingDataArchival -> costOptimization "Cuts storage spend for" "" "Unlabelled"
        scalingCloudWatch -> customMetrics "Collects" "" "Unlabelled"
        customMetrics -> autoScalingTriggers "Drive" "" "Unlabelled"
        autoScalingTriggers -> resourceOptimization "Adjust capacity for" "" "Unlabelled"

        # Error Handling Flow
        errorOccurs = element "Error Occurs" "Start" "A pipeline stage fails."
        errorType = element "Error Type" "Decision" "What kind of error is it?"
        retryLogic = element "Retry Logic" "Step" "Network errors are retried."
        dataValidation = element "Data Validation" "Step" "Data errors are validated against the schema."
        systemRecovery = element "System Recovery" "Step" "System errors start recovery of the failed service."
        exponentialBackoff = element "Exponential Backoff" "Step" "Each retry waits longer than the previous one."
        maxRetriesReached = element "Max Retries Reached?" "Decision" "Have all retries been used?"
        deadLetterQueue = element "Dead Letter Queue" "Step" "The record is parked for manual handling." "Queue"
        retry = element "Retry" "End" "The operation is tried again."
        dataCorrection = element "Data Correction" "Step" "Invalid fields are corrected or defaulted."
        continueProcessing = element "Continue Processing" "End" "The corrected record continues through the pipeline."
        healthCheck = element "Health Check" "Step" "The failed service's health is checked."
        serviceRestart = element "Service Restart" "Step" "The service is restarted."
        recoveryComplete = element "Recovery Complete" "End" "The service is healthy again."
        manualIntervention = element "Manual Intervention" "Step" "An engineer takes over the parked record."
        errorAnalysis = element "Error Analysis" "Step" "The cause of the failure is analysed."
        fixImplementation = element "Fix Implementation" "End" "The cause is fixed."
        errorOccurs -> errorType "Is classified by" "" "Unlabelled"
        errorType -> retryLogic "Network Error"
        errorType -> dataValidation "Data Error"
        errorType -> systemRecovery "System Error"
        retryLogic -> exponentialBackoff "Waits between attempts using" "" "Unlabelled"
        exponentialBackoff -> maxRetriesReached "After each wait, checks" "" "Unlabelled"
        maxRetriesReached -> deadLetterQueue "Yes"
        maxRetriesReached -> retry "No"
        dataValidation -> dataCorrection "Sends invalid fields to" "" "Unlabelled"
        dataCorrection -> continueProcessing "Releases the corrected record to" "" "Unlabelled"
        systemRecovery -> healthCheck "Starts with" "" "Unlabelled"
        healthCheck -> serviceRestart "Escalates failures to" "" "Unlabelled"
        serviceRestart -> recoveryComplete "Brings the service to" "" "Unlabelled"
        deadLetterQueue -> manualIntervention "Parks records for" "" "Unlabelled"
        manualIntervention -> errorAnalysis "Hands the record to" "" "Unlabelled"
        errorAnalysis -> fixImplementation "Identifies the cause for" "" "Unlabelled"

        # Backup and Recovery Flow
        group "Backup Process" {
            scheduledBackup = element "Scheduled Backup" "Step" "The backup schedule fires."
            databaseSnapshot = element "Database Snapshot" "Step" "An RDS snapshot is taken."
            dataExport = element "Data Export" "Step" "The data is exported."
            s3Upload = element "S3 Upload" "Step" "The export is uploaded to S3."
            verification = element "Verification" "Step" "The upload is verified."
        }
        group "Recovery Process" {
            recoveryRequest = element "Recovery Request" "Step" "Someone asks for data to be restored."
            backupSelection = element "Backup Selection" "Step" "The backup to restore is chosen."
            dataDownload = element "Data Download" "Step" "The backup is downloaded from S3."
            databaseRestore = element "Database Restore" "Step" "The database is restored from it."
            recoveryDataValidation = element "Data\nValidation" "Step" "The restored data is checked."
            recoveryServiceRestart = element "Service\nRestart" "Step" "The services are restarted on the restored data."
        }
        group "Monitoring" {
            backupStatus = element "Backup Status" "Step" "Each backup reports its outcome."
            successFailureAlerts = element "Success/Failure Alerts" "Step" "Outcomes are sent as alerts."
            recoveryTesting = element "Recovery Testing" "Step" "Restores are rehearsed regularly."
            rtoRpoMetrics = element "RTO/RPO Metrics" "Step" "Recovery time and recovery point objectives are measured."
        }
        scheduledBackup -> databaseSnapshot "Takes" "" "Unlabelled"
        databaseSnapshot -> dataExport "Is the source of" "" "Unlabelled"
        dataExport -> s3Upload "Produces the file for" "" "Unlabelled"
        s3Upload -> verification "Is checked by" "" "Unlabelled"
        recoveryRequest -> backupSelection "Names the point in time for" "" "Unlabelled"
        backupSelection -> dataDownload "Picks the backup for" "" "Unlabelled"
        dataDownload -> databaseRestore "Provides the files for" "" "Unlabelled"
        databaseRestore -> recoveryDataValidation "Hands the restored data to" "" "Unlabelled"
        recoveryDataValidation -> recoveryServiceRestart "Clears the data for" "" "Unlabelled"
        backupStatus -> successFailureAlerts "Is reported as" "" "Unlabelled"
        successFailureAlerts -> recoveryTesting "Prompt" "" "Unlabelled"
        recoveryTesting -> rtoRpoMetrics "Measures" "" "Unlabelled"

        # Performance Optimization
        group "Data Optimization" {
            dataPartitioning = element "Data Partitioning" "Practice" "Tables and topics are partitioned by key and time."
            indexOptimization = element "Index Optimization" "Practice" "Indexes match the dashboard's queries."
            queryOptimization = element "Query Optimization" "Practice" "Slow queries are rewritten."
            cachingStrategy = element "Caching Strategy" "Practice" "Frequent results are cached."
        }
        group "Processing Optimization" {
            sparkTuning = element "Spark Tuning" "Practice" "Spark configuration is tuned to the workload."
            memoryManagement = element "Memory Management" "Practice" "Executor memory is sized to avoid spills."
            parallelProcessing = element "Parallel Processing" "Practice" "Work is spread over partitions and executors."
            resourceAllocation = element "Resource Allocation" "Practice" "Cores and memory go where the load is."
        }
        group "Network Optimization" {
            connectionPooling = element "Connection Pooling" "Practice" "Database connections are pooled."
            networkCompression = element "Compression" "Practice" "Messages and responses are compressed on the wire."
            cdnUsage = element "CDN Usage" "Practice" "Static assets are served from a CDN."
            loadBalancing = element "Load Balancing" "Practice" "Requests are spread over instances."
        }
        group "Monitoring Optimization" {
            performanceMetrics = element "Performance Metrics" "Practice" "Latency and throughput are measured."
            bottleneckAnalysis = element "Bottleneck Analysis" "Practice" "The slowest stage is identified."
            optimizationRecommendations = element "Optimization Recommendations" "Practice" "Changes are proposed from the analysis."
            continuousImprovement = element "Continuous Improvement" "Practice" "The cycle repeats."
        }
        dataPartitioning -> indexOptimization "Sets the layout for" "" "Unlabelled"
        indexOptimization -> queryOptimization "Speeds up" "" "Unlabelled"
        queryOptimization -> cachingStrategy "Finds the frequent results for" "" "Unlabelled"
        sparkTuning -> memoryManagement "Sets executor memory through" "" "Unlabelled"
        memoryManagement -> parallelProcessing "Sizes the executors for" "" "Unlabelled"
        parallelProcessing -> resourceAllocation "Determines" "" "Unlabelled"
        connectionPooling -> networkCompression "Is complemented on the wire by" "" "Unlabelled"
        networkCompression -> cdnUsage "Is complemented for static assets by" "" "Unlabelled"
        cdnUsage -> loadBalancing "Offloads requests from" "" "Unlabelled"
        performanceMetrics -> bottleneckAnalysis "Feed" "" "Unlabelled"
        bottleneckAnalysis -> optimizationRecommendations "Informs" "" "Unlabelled"
        optimizationRecommendations -> continuousImprovement "Feed" "" "Unlabelled"

        # Cost Optimization
        group "Resource Optimization" {
            rightSizing = element "Right Sizing" "Practice" "Instances are sized to their measured use."
            autoScaling = element "Auto Scaling" "Practice" "Capacity follows load."
            spotInstances = element "Spot Instances" "Practice" "Interruptible work runs on spot capacity."
            reservedInstances = element "Reserved Instances" "Practice" "Steady base load runs on reserved capacity."
        }
        group "Storage Optimization" {
            costLifecyclePolicies = element "Lifecycle\nPolicies" "Practice" "Aged objects move to cheaper storage classes."
            costDataArchival = element "Data\nArchival" "Practice" "Cold data is archived."
            storageCompression = element "Compression\n" "Practice" "Stored data is compressed."
            cleanupJobs = element "Cleanup Jobs" "Practice" "Data past its retention is deleted."
        }
        group "Monitoring Costs" {
            costAlerts = element "Cost Alerts" "Practice" "Spending above thresholds raises alerts."
            budgetTracking = element "Budget Tracking" "Practice" "Spending is tracked against the budget."
            costAnalysis = element "Cost Analysis" "Practice" "Spending is broken down by service."
            optimizationActions = element "Optimization Actions" "Practice" "Savings found by the analysis are carried out."
        }
        group "Automation" {
            costAutomation = element "Cost Automation" "Practice" "Cost controls run automatically."
            scheduledScaling = element "Scheduled Scaling" "Practice" "Capacity is scaled down outside busy hours."
            resourceCleanup = element "Resource Cleanup" "Practice" "Unused resources are removed."
            costReporting = element "Cost Reporting" "Practice" "Regular reports show the savings."
        }
        rightSizing -> autoScaling "Sets the baseline for" "" "Unlabelled"
        autoScaling -> spotInstances "Adds interruptible capacity from" "" "Unlabelled"
        spotInstances -> reservedInstances "Are balanced with" "" "Unlabelled"
        costLifecyclePolicies -> costDataArchival "Move aged objects into" "" "Unlabelled"
        costDataArchival -> storageCompression "Stores archives with" "" "Unlabelled"
        storageCompression -> cleanupJobs "Leaves expired data to" "" "Unlabelled"
        costAlerts -> budgetTracking "Feed" "" "Unlabelled"
        budgetTracking -> costAnalysis "Prompts" "" "Unlabelled"
        costAnalysis -> optimizationActions "Identifies" "" "Unlabelled"
        costAutomation -> scheduledScaling "Runs" "" "Unlabelled"
        scheduledScaling -> resourceCleanup "Frees capacity for" "" "Unlabelled"
        resourceCleanup -> costReporting "Is summarised in" "" "Unlabelled"
    }

    views {
        container pipeline "pipeline-system-overview" {
            title "System Overview"
            include apiSources kafkaProducers jsonFiles sourceDatabase
            include apacheKafka topics
            include sparkStreaming sparkBatch airflow
            include postgres
            include nextjsFrontend dashboard
            include awsS3 backups cloudWatch monitoring ecr dockerImages
            properties {
                "plumbline.seed" "004 System Overview"
                "plumbline.direction" "TB"
            }
        }

        dynamic pipeline "pipeline-data-flow" {
            title "Data Flow Diagram"
            dataSources -> kafkaProducers "Raw Data"
            kafkaProducers -> kafka "Publish to Topics"
            kafka -> sparkStreaming "Stream Processing"
            sparkStreaming -> postgres "Processed Data"
            kafka -> sparkBatch "Batch Processing"
            sparkBatch -> postgres "Analytics Results"
            postgres -> frontend "Query Data"
            frontend -> cloudWatch "Metrics"
            sparkStreaming -> cloudWatch "Metrics"
            sparkBatch -> cloudWatch "Metrics"
            properties {
                "plumbline.seed" "004 Data Flow Diagram"
                "plumbline.participants" "dataSources, kafkaProducers, kafka, sparkStreaming, sparkBatch, postgres, frontend, cloudWatch"
            }
        }

        deployment pipeline production "pipeline-infrastructure-architecture" {
            title "Infrastructure Architecture"
            include awsCloud externalNode
            properties {
                "plumbline.seed" "004 Infrastructure Architecture"
                "plumbline.direction" "TB"
            }
        }

        component sparkStreaming "pipeline-component-interaction" {
            title "Component Interaction Diagram"
            include apiProducer jsonProducer databaseProducer rawDataTopic
            include sparkStreamingJob dataTransformation dataEnrichment processedDataTopic
            include sparkBatchJob dataAggregation analytics analyticsStore
            include nextjsApi frontendDashboard
            include airflowDag backupJob monitoringJob
            include cloudWatchMetrics
            properties {
                "plumbline.seed" "004 Component Interaction Diagram"
                "plumbline.direction" "LR"
            }
        }

        custom "pipeline-deployment-pipeline" "Deployment Pipeline" {
            include codeCommit preCommitHooks unitTests integrationTests
            include ciGithubActions buildDockerImages pushToEcr deployToStaging e2eTests deployToProduction
            include terraformPlan terraformApply createResources configureMonitoring
            include deployHealthChecks alerting deployIncidentResponse
            properties {
                "plumbline.seed" "004 Deployment Pipeline"
                "plumbline.direction" "TB"
            }
        }

        custom "pipeline-security-architecture" "Security Architecture" {
            include secVpc securityGroups nacls secPrivateSubnets
            include apiGateway authentication authorization rateLimiting
            include encryptionAtRest s3Encryption rdsEncryption encryptionInTransit tlsSsl vpn
            include cloudTrail auditLogs securityAlerts securityIncidentResponse
            properties {
                "plumbline.seed" "004 Security Architecture"
                "plumbline.direction" "TB"
            }
        }

        custom "pipeline-scalability-architecture" "Scalability Architecture" {
            include loadBalancer multipleInstances autoScalingGroups scalingHealthChecks
            include kafkaPartitions consumerGroups sparkWorkers databaseSharding
            include scalingS3 scalingLifecyclePolicies scalingDataArchival costOptimization
            include scalingCloudWatch customMetrics autoScalingTriggers resourceOptimization
            properties {
                "plumbline.seed" "004 Scalability Architecture"
                "plumbline.direction" "TB"
            }
        }

        custom "pipeline-error-handling-flow" "Error Handling Flow" {
            include errorOccurs errorType retryLogic dataValidation systemRecovery exponentialBackoff
            include maxRetriesReached deadLetterQueue retry dataCorrection continueProcessing
            include healthCheck serviceRestart recoveryComplete manualIntervention errorAnalysis fixImplementation
            properties {
                "plumbline.seed" "004 Error Handling Flow"
                "plumbline.direction" "TB"
            }
        }

        custom "pipeline-backup-and-recovery-flow" "Backup and Recovery Flow" {
            include scheduledBackup databaseSnapshot dataExport s3Upload verification
            include recoveryRequest backupSelection dataDownload databaseRestore recoveryDataValidation recoveryServiceRestart
            include backupStatus successFailureAlerts recoveryTesting rtoRpoMetrics
            properties {
                "plumbline.seed" "004 Backup and Recovery Flow"
                "plumbline.direction" "TB"
            }
        }

        custom "pipeline-performance-optimization" "Performance Optimization" {
            include dataPartitioning indexOptimization queryOptimization cachingStrategy
            include sparkTuning memoryManagement parallelProcessing resourceAllocation
            include connectionPooling networkCompression cdnUsage loadBalancing
            include performanceMetrics bottleneckAnalysis optimizationRecommendations continuousImprovement
            properties {
                "plumbline.seed" "004 Performance Optimization"
                "plumbline.direction" "TB"
            }
        }

        custom "pipeline-cost-optimization" "Cost Optimization" {
            include rightSizing autoScaling spotInstances reservedInstances
            include costLifecyclePolicies costDataArchival storageCompression cleanupJobs
            include costAlerts budgetTracking costAnalysis optimizationActions
            include costAutomation scheduledScaling resourceCleanup costReporting
            properties {
                "plumbline.seed" "004 Cost Optimization"
                "plumbline.direction" "TB"
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
            element "Decision" {
                shape diamond
            }
        }
    }
}
